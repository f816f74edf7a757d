package org.clinicite.importer.bibtex;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;

/** The fields of one jbibtex entry, by case-insensitive name, as LaTeX source or as plain text. */
final class BibtexFields {
    private final BibTeXEntry entry;

    BibtexFields(BibTeXEntry entry) {
        this.entry = entry;
    }

    String type() {
        return entry.getType().getValue().toLowerCase(Locale.ROOT);
    }

    /** The value as written (macros resolved, LaTeX kept), for names; null when absent or blank. */
    String latex(String name) {
        Value v = entry.getField(new Key(name));
        if (v == null) {
            return null;
        }
        String s = v.toUserString();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The value as plain text (LaTeX decoded); the first of the names that has one. */
    Optional<String> text(String... names) {
        for (String name : names) {
            String v = latex(name);
            if (v != null) {
                String plain = LatexText.decode(v);
                if (!plain.isEmpty()) {
                    return Optional.of(plain);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The value of an identifier or link field: braces dropped and LaTeX escapes
     * ({@code \_}, {@code \%}) undone, nothing else decoded (a DOI may contain "--").
     */
    Optional<String> verbatim(String name) {
        String v = latex(name);
        if (v == null) {
            return Optional.empty();
        }
        String s = v.replaceAll("\\\\([_%&#$])", "$1").replaceAll("[{}]", "").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Every field as {@code name=value}, sorted by name: the canonical form for the fingerprint. */
    String canonical(String key) {
        Map<String, String> sorted = new TreeMap<>();
        entry.getFields().forEach((k, v) -> sorted.put(k.getValue().toLowerCase(Locale.ROOT), v.toUserString()));
        StringBuilder sb = new StringBuilder("@").append(type()).append('{').append(key == null ? "" : key);
        sorted.forEach((k, v) -> sb.append('\n').append(k).append('=').append(v));
        return sb.toString();
    }
}
