package org.clinicite.importer.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.importer.text.Sentences;

/**
 * Reads a news page's text as a browser copies it (menus, share buttons, related lists
 * and all) into a {@link NewsArticle}. The header is everything before the article's
 * prose starts; in it the reader finds the byline line and the date line, the headline
 * (the substantial title line just above them), the categories line ("in MDMA,
 * Psychedelic Drugs") and the outlet ({@link OutletFinder}); the body is the prose after
 * them ({@link BodyCollector}).
 */
public final class PlainTextPageReader {
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|•·]\\s+");
    private static final Pattern CATEGORIES = Pattern.compile(
            "^(?:in|(?i:filed under|categories|category|tags|topics|posted in|section))\\s*:?\\s+(.+)$");
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("\\s*[,|•·]\\s*");
    private static final Pattern URL = Pattern.compile("^(?i:url:?\\s*)?(https?://\\S+)$");
    private static final Pattern READING_TIME = Pattern.compile("(?i)^\\d+\\s*min(?:ute)?s?\\s+read$");
    private static final int MAX_HEADLINE_LOOKBACK = 8;
    private static final int MAX_CATEGORY_LOOKAHEAD = 3;
    private static final int MAX_CATEGORY_LINE = 120;

    private final List<String> lines;
    private int bylineIndex = -1;
    private int dateIndex = -1;
    private BylineParser.Byline byline;
    private LocalDate date;

    private PlainTextPageReader(List<String> rawLines) {
        this.lines = rawLines.stream().map(TextCleaner::clean).toList();
    }

    /** The article in the page's lines. */
    public static NewsArticle read(List<String> rawLines) {
        return new PlainTextPageReader(rawLines).read();
    }

    private NewsArticle read() {
        int headerEnd = headerEnd();
        findBylineAndDate(headerEnd);
        int anchor = bylineIndex >= 0 ? bylineIndex : dateIndex;
        int headlineIndex = anchor >= 0 ? headlineAbove(anchor) : firstTitleLine(headerEnd);
        int categoriesIndex = categoriesIndex(Math.max(bylineIndex, dateIndex));
        int bodyFrom = Math.max(Math.max(bylineIndex, dateIndex), Math.max(headlineIndex, categoriesIndex)) + 1;
        String headline = headlineIndex >= 0 ? lines.get(headlineIndex) : null;
        String outlet = OutletFinder.find(lines, headlineIndex >= 0 ? headlineIndex : headerEnd,
                byline == null ? null : byline.outlet()).orElse(null);
        return new NewsArticle(outlet, headline, byline == null ? null : byline.names(), date,
                categories(categoriesIndex), url(), BodyCollector.collect(lines, bodyFrom));
    }

    /** The first line of the article's prose: a prose line followed by another. */
    private int headerEnd() {
        int previousProse = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || LineKinds.isCredit(line) || LineKinds.isWidget(line)) {
                continue;
            }
            if (LineKinds.isProse(line)) {
                if (previousProse >= 0) {
                    return previousProse;
                }
                previousProse = i;
            } else {
                previousProse = -1;
            }
        }
        return previousProse >= 0 ? previousProse : lines.size();
    }

    private void findBylineAndDate(int headerEnd) {
        for (int i = 0; i < headerEnd && (bylineIndex < 0 || dateIndex < 0); i++) {
            for (String segment : segments(lines.get(i))) {
                readSegment(segment, i);
            }
        }
    }

    private void readSegment(String segment, int index) {
        if (bylineIndex < 0) {
            Optional<BylineParser.Byline> b = BylineParser.parse(segment);
            if (b.isPresent()) {
                byline = b.get();
                bylineIndex = index;
                return;
            }
        }
        if (dateIndex < 0) {
            Optional<LocalDate> d = DateParser.dateLine(segment);
            if (d.isPresent()) {
                date = d.get();
                dateIndex = index;
            }
        }
    }

    /** Whether the line is (or has a segment that is) a byline or a date line. */
    static boolean isBylineOrDate(String line) {
        return segments(TextCleaner.clean(line)).stream()
                .anyMatch(s -> BylineParser.parse(s).isPresent() || DateParser.dateLine(s).isPresent());
    }

    private static List<String> segments(String line) {
        List<String> out = new ArrayList<>();
        out.add(line);
        String[] parts = SEGMENT_SEPARATOR.split(line);
        if (parts.length > 1) {
            out.addAll(Arrays.asList(parts));
        }
        return out;
    }

    /** The headline above a byline or date line: the nearest title-like line, preferring one without a full stop. */
    private int headlineAbove(int anchor) {
        int fallback = -1;
        int seen = 0;
        for (int i = anchor - 1; i >= 0 && seen < MAX_HEADLINE_LOOKBACK; i--) {
            String line = lines.get(i);
            if (line.isEmpty() || isMetadata(i)) {
                continue;
            }
            seen++;
            if (!isTitleLike(line)) {
                continue;
            }
            if (!line.endsWith(".")) {
                return i;
            }
            fallback = fallback < 0 ? i : fallback;
        }
        return fallback;
    }

    /** Without byline or date: the first title-like line before the prose, if any. */
    private int firstTitleLine(int headerEnd) {
        for (int i = 0; i < Math.min(headerEnd, lines.size()); i++) {
            if (isTitleLike(lines.get(i)) && !lines.get(i).endsWith(".")) {
                return i;
            }
        }
        return -1;
    }

    private boolean isMetadata(int i) {
        return i == bylineIndex || i == dateIndex || READING_TIME.matcher(lines.get(i)).matches();
    }

    private static boolean isTitleLike(String line) {
        int words = Sentences.wordCount(line);
        return words >= 3 && line.length() >= 15 && line.length() <= 250 && !line.endsWith(":")
                && !LineKinds.isCredit(line) && !LineKinds.isWidget(line) && !LineKinds.isEndMarker(line)
                && !line.startsWith("•") && !URL.matcher(line).matches();
    }

    private int categoriesIndex(int after) {
        if (after < 0) {
            return -1;
        }
        int seen = 0;
        for (int i = after + 1; i < lines.size() && seen < MAX_CATEGORY_LOOKAHEAD; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() <= MAX_CATEGORY_LINE && !LineKinds.isProse(line) && CATEGORIES.matcher(line).matches()) {
                return i;
            }
        }
        return -1;
    }

    private List<String> categories(int index) {
        if (index < 0) {
            return List.of();
        }
        Matcher m = CATEGORIES.matcher(lines.get(index));
        if (!m.matches()) {
            return List.of();
        }
        return Arrays.stream(CATEGORY_SEPARATOR.split(m.group(1))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private String url() {
        return lines.stream().map(URL::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse(null);
    }
}
