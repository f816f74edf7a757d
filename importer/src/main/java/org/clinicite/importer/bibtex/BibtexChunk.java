package org.clinicite.importer.bibtex;

import java.util.Locale;

/**
 * One top-level {@code @type{...}} (or {@code @type(...)}) of a BibTeX file, as text
 * with braces as delimiters, and the line where its {@code @} is.
 *
 * @param type  the entry type, lower case ("article", "string", "comment", ...)
 * @param key   the citation key, or null when empty or not applicable
 * @param text  the whole entry, from {@code @} to its closing brace
 * @param line  the 1-based line of the {@code @}
 */
record BibtexChunk(String type, String key, String text, int line) {

    boolean isString() {
        return type.equals("string");
    }

    /** {@code @comment} and {@code @preamble} carry no record. */
    boolean isIgnored() {
        return type.equals("comment") || type.equals("preamble");
    }

    static String normaliseType(String type) {
        return type.toLowerCase(Locale.ROOT);
    }
}
