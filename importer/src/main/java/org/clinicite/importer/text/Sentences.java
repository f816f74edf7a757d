package org.clinicite.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark (with
 * any closing quotes or brackets) followed by a space and a capital, digit or opening
 * quote, except after abbreviations ("Dr.", "et al.", "vs.", "U.S.", single initials).
 */
public final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?…][”\"’')\\]]*\\s+(?=[“\"‘(]?[\\p{Lu}\\p{N}])");
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "prof", "mr", "mrs", "ms", "st", "vs", "al",
            "e.g", "i.e", "etc", "approx", "no", "fig", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "jr", "sr", "ph.d", "m.d", "cf", "ca");

    private Sentences() {
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String candidate = paragraph.substring(start, m.end()).strip();
            if (!endsWithAbbreviation(paragraph.substring(start, m.start() + 1))) {
                out.add(candidate);
                start = m.end();
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** Words separated by white space. */
    public static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static boolean endsWithAbbreviation(String upToStop) {
        if (!upToStop.endsWith(".")) {
            return false;
        }
        // the letters and full stops before the final one, as "([\\p{L}.]+)\\.$" would find them (scanned back, no regex)
        int end = upToStop.length() - 1;
        int start = end;
        while (start > 0) {
            int cp = upToStop.codePointBefore(start);
            if (cp != '.' && !Character.isLetter(cp)) {
                break;
            }
            start -= Character.charCount(cp);
        }
        if (start == end) {
            return false;
        }
        String word = upToStop.substring(start, end).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }
}
