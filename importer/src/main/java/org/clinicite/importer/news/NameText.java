package org.clinicite.importer.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises personal names as news text prints them ("Christian Rigg",
 * "Michiko Mitsunaga-Whitten", "Jennifer M. Mitchell", "Ludwig van Beethoven") and
 * splits lists of them ("A, B, C, and D", "A and B", "A & B").
 */
final class NameText {
    private static final String CAP = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String PARTICLE = "(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|das|ter|ten|bin|al|el)";
    private static final Pattern NAME = Pattern.compile(
            CAP + "(?:\\s+(?:" + CAP + "|" + PARTICLE + "))*\\s+" + CAP);
    private static final Pattern TITLE = Pattern.compile(
            "^(?:Dr\\.?|Prof\\.?|Professor|Associate Professor|Assistant Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+");
    private static final Pattern SUFFIX = Pattern.compile(",?\\s+(?:PhD|Ph\\.D\\.|MD|M\\.D\\.|Jr\\.?|Sr\\.?|MPH|FRCPsych)$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*&\\s*|,\\s*|\\s+and\\s+|\\s*&\\s*|;\\s*)");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(?:college|university|institute|hospital|centre|"
            + "center|school|foundation|association|society|group|team|department|laboratory|lab|trust|clinic|company|"
            + "pharmaceuticals|inc|ltd|health|medicine|sciences|research|news|journal|study)\\b");
    private static final int MAX_WORDS = 5;

    private NameText() {
    }

    /** Whether the text is one person's name (2 to 5 words, capitalised, particles allowed). */
    static boolean isName(String text) {
        String s = strip(text);
        return NAME.matcher(s).matches() && s.split("\\s+").length <= MAX_WORDS && !INSTITUTION.matcher(s).find();
    }

    /** Academic titles and degrees removed: "Dr. Robin Carhart-Harris, PhD" gives "Robin Carhart-Harris". */
    static String strip(String text) {
        String s = TextCleaner.clean(text);
        s = TITLE.matcher(s).replaceFirst("");
        return SUFFIX.matcher(s).replaceFirst("").strip();
    }

    /** The names of a list, or empty when any part of it is not a name. */
    static List<String> splitList(String text) {
        List<String> names = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(text.strip())) {
            if (part.isBlank()) {
                continue;
            }
            if (!isName(part)) {
                return List.of();
            }
            names.add(strip(part));
        }
        return names;
    }
}
