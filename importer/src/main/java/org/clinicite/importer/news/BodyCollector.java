package org.clinicite.importer.news;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the article's prose paragraphs from a copied page, from the end of the header
 * to the first end marker ("RELATED", "Read more", "Comments", ...) or to where the prose
 * stops (a run of short non-sentence lines: link lists, menus, footers). Photo credits,
 * captions and share widgets are skipped; hard-wrapped paragraphs are joined.
 */
final class BodyCollector {
    /** Short non-prose lines in a row after which the article is taken to have ended. */
    private static final int MAX_NON_PROSE_RUN = 3;
    private static final int MIN_WRAPPED_LINE = 40;

    private final List<String> lines;
    private final List<String> paragraphs = new ArrayList<>();
    private int nonProseRun;

    private BodyCollector(List<String> lines) {
        this.lines = lines;
    }

    /** The paragraphs from line {@code from} on (0-based). */
    static List<String> collect(List<String> lines, int from) {
        BodyCollector c = new BodyCollector(lines);
        c.run(from);
        return c.paragraphs;
    }

    private void run(int from) {
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isEmpty() || LineKinds.isCredit(line) || LineKinds.isWidget(line)) {
                i++;
                continue;
            }
            if (!paragraphs.isEmpty() && LineKinds.isEndMarker(line)) {
                return;
            }
            int next = takeParagraph(i);
            if (next > i) {
                i = next;
                continue;
            }
            if (!paragraphs.isEmpty() && ++nonProseRun >= MAX_NON_PROSE_RUN) {
                return;
            }
            i++;
        }
    }

    /** Takes the prose paragraph starting at line {@code i}; returns the next line, or {@code i} when none. */
    private int takeParagraph(int i) {
        String line = lines.get(i);
        if (LineKinds.isProse(line)) {
            add(line);
            return i + 1;
        }
        int end = wrappedBlockEnd(i);
        if (end > i + 1) {
            String joined = String.join(" ", lines.subList(i, end));
            if (LineKinds.isProse(joined)) {
                add(joined);
                return end;
            }
        }
        return i;
    }

    /** The end of a block of hard-wrapped lines: each but the last long and without a full stop. */
    private int wrappedBlockEnd(int i) {
        int k = i;
        while (k < lines.size() && !lines.get(k).isEmpty() && lines.get(k).length() >= MIN_WRAPPED_LINE
                && !LineKinds.isProse(lines.get(k))) {
            k++;
        }
        if (k < lines.size() && !lines.get(k).isEmpty()) {
            k++;
        }
        return k;
    }

    private void add(String paragraph) {
        paragraphs.add(paragraph);
        nonProseRun = 0;
    }
}
