package org.clinicite.importer.bibtex;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.model.Authorship;

/**
 * BibTeX name lists: names separated by {@code and} outside braces, each in one of
 * BibTeX's three forms ({@code First von Last}, {@code von Last, First},
 * {@code von Last, Jr, First}); a name wholly in braces ({@code {World Health Organization}})
 * is a literal, never split; {@code and others} and a trailing "et al." mean more
 * authors the record does not name.
 */
final class BibtexNames {
    private BibtexNames() {
    }

    /** The authors of a raw (still LaTeX) name list. */
    static List<Authorship> parse(String raw) {
        List<Authorship> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String word : words(raw)) {
            if (word.equalsIgnoreCase("and")) {
                add(out, words);
                words.clear();
            } else {
                words.add(word);
            }
        }
        add(out, words);
        return out;
    }

    private static void add(List<Authorship> out, List<String> words) {
        String name = String.join(" ", words).replaceAll("[,\\s]+$", "").strip();
        if (name.isEmpty() || name.equalsIgnoreCase("others")) {
            return;
        }
        Authorship a = one(name);
        if (a != null) {
            out.add(a);
        }
    }

    private static Authorship one(String name) {
        if (isOneGroup(name)) {
            String literal = LatexText.decode(name.substring(1, name.length() - 1));
            return literal.isEmpty() ? null : Authorship.literal(literal);
        }
        List<String> parts = splitTopLevel(name, ',');
        if (parts.size() == 1) {
            return firstVonLast(words(name));
        }
        String family = LatexText.decode(parts.get(0));
        String given = LatexText.decode(parts.get(parts.size() - 1));
        if (parts.size() > 2) {
            String jr = LatexText.decode(String.join(", ", parts.subList(1, parts.size() - 1)));
            given = given.isEmpty() ? jr : given + ", " + jr;
        }
        return family.isEmpty() ? null : new Authorship(family, emptyToNull(withoutEtAl(given)));
    }

    /** "Ludwig van Beethoven": the family name starts at the first lower-case word before the last. */
    private static Authorship firstVonLast(List<String> words) {
        int n = words.size();
        int von = n - 1;
        for (int i = 0; i < n - 1; i++) {
            if (startsLowerCase(words.get(i))) {
                von = i;
                break;
            }
        }
        String family = LatexText.decode(String.join(" ", words.subList(von, n)));
        String given = LatexText.decode(String.join(" ", words.subList(0, von)));
        return family.isEmpty() ? null : new Authorship(family, emptyToNull(withoutEtAl(given)));
    }

    private static boolean startsLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    private static String withoutEtAl(String given) {
        return given.replaceAll("(?i)[,\\s]*\\bet\\s+al\\.?$", "").strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Whether the whole name is one brace group: "{Barnes and Noble}". */
    private static boolean isOneGroup(String name) {
        if (!name.startsWith("{") || !name.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0 && i < name.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /** Words separated by white space outside braces. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (Character.isWhitespace(c) && depth <= 0) {
                flush(out, word);
            } else {
                word.append(c);
            }
        }
        flush(out, word);
        return out;
    }

    private static void flush(List<String> out, StringBuilder word) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static List<String> splitTopLevel(String text, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == separator && depth <= 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        return out;
    }
}
