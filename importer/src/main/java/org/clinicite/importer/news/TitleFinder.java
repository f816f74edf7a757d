package org.clinicite.importer.news;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The study's title where a write-up quotes it: "The study, “…”, was authored by …",
 * "The study, titled “…”, was published …", "The paper, entitled …, appears in …",
 * "“…” was published in …". Curly and straight quotes are both accepted, and a closing
 * quote typed as an opening one (“…“) too.
 */
final class TitleFinder {
    private static final String QUOTED = "[“\"‘]([^“”\"]{10,400}?)[”“\"’]";
    private static final String NOUN = "(?i:the|this|their|a)\\s+(?:new\\s+|latest\\s+)?(?i:study|paper|article|report|"
            + "research|trial|analysis|review|findings|results)";
    private static final String VERB = ",?\\s+(?:was|is|were|are|has been|have been|appears|appeared|will appear)\\b";
    private static final Pattern NOUN_QUOTED = Pattern.compile(NOUN + ",?\\s+(?:(?i:titled|entitled|called)\\s+)?"
            + QUOTED + VERB);
    private static final Pattern NOUN_TITLED = Pattern.compile(NOUN + ",?\\s+(?i:titled|entitled)\\s+([^,“”\"]{10,300}?)"
            + VERB);
    private static final Pattern QUOTED_PUBLISHED = Pattern.compile(QUOTED + ",?\\s+(?:was|is)\\s+(?:published|"
            + "authored|written|co-authored)\\b");
    private static final Pattern TRAILING = Pattern.compile("[\\s,.]+$");

    private TitleFinder() {
    }

    static Optional<String> find(List<String> sentences) {
        for (Pattern p : new Pattern[] {NOUN_QUOTED, NOUN_TITLED, QUOTED_PUBLISHED}) {
            for (String s : sentences) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    return Optional.of(TRAILING.matcher(m.group(1).strip()).replaceAll(""));
                }
            }
        }
        return Optional.empty();
    }
}
