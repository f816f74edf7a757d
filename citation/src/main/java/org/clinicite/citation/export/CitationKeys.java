package org.clinicite.citation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stable BibTeX keys in the Google Scholar / Zotero manner: first author's family name,
 * year, first significant title word ({@code barone2019perceived}); a letter is appended
 * when two items would share a key. The same items in the same order give the same keys.
 */
final class CitationKeys {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "on", "in", "and", "for", "to", "with",
            "from", "at", "by", "is", "are", "does", "do", "what", "how", "why", "when", "using");
    private final Set<String> used = new HashSet<>();

    String next(JsonNode item) {
        List<String[]> authors = CslFields.authors(item);
        String who = authors.isEmpty() ? "anon" : ascii(authors.get(0)[0]);
        List<Integer> issued = CslFields.issued(item);
        String year = issued.isEmpty() ? "nd" : String.valueOf(issued.get(0));
        String base = who + year + firstWord(CslFields.text(item, "title"));
        String key = base;
        for (char c = 'a'; used.contains(key); c++) {
            key = base + c;
        }
        used.add(key);
        return key;
    }

    private static String firstWord(String title) {
        if (title == null) {
            return "";
        }
        for (String w : ascii(title).isEmpty() ? new String[0] : title.split("[^\\p{L}\\p{N}]+")) {
            String a = ascii(w);
            if (!a.isEmpty() && !STOP.contains(a)) {
                return a;
            }
        }
        return "";
    }

    private static String ascii(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
