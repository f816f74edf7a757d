package org.clinicite.importer.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.importer.text.Sentences;

/**
 * Key findings listed in a write-up: "Among the most significant improvements reported
 * were increased self-awareness, improvements in relationships and social skills, …",
 * "Benefits included …", "Participants reported …". The list is split at commas only
 * ("relationships and social skills" stays one finding).
 */
final class FindingsFinder {
    private static final Pattern LISTED = Pattern.compile("(?i)\\b(?:improvements|benefits|changes|outcomes|"
            + "findings|themes|gains)\\b[^.;:]{0,60}?\\b(?:were|included|include|such as)\\s*:?\\s+(.+)$");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:participants|patients|they|respondents|volunteers)"
            + "\\s+(?:also\\s+|frequently\\s+|commonly\\s+)?(?:reported|described|cited)\\s+(?!that\\b|being\\b)(.+)$");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?:and\\s+|or\\s+)?");
    private static final Pattern TRAILING = Pattern.compile("[\\s.!”\"’]+$");
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:were|was|is|are|noted|said|found|reported)\\b");
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEM_WORDS = 12;

    private FindingsFinder() {
    }

    static List<String> find(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            if (SideEffects.mentions(s)) {
                continue;
            }
            for (Pattern p : new Pattern[] {LISTED, REPORTED}) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    out.addAll(items(m.group(1)));
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> items(String list) {
        String text = TRAILING.matcher(list).replaceAll("");
        List<String> items = new ArrayList<>();
        for (String part : ITEM_SEPARATOR.split(text)) {
            String item = part.strip().replaceFirst("^and\\s+", "");
            if (item.isEmpty() || Sentences.wordCount(item) > MAX_ITEM_WORDS || CLAUSE.matcher(item).find()) {
                return List.of();
            }
            items.add(item);
        }
        return items.size() >= MIN_ITEMS ? items : List.of();
    }
}
