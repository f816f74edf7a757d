package org.clinicite.importer.news;

import java.util.List;

/**
 * The text of a page file, decoded, or the reason it could not be: exactly one of
 * {@code lines} and {@code problem} is non-null.
 */
record PageText(List<String> lines, String problem) {

    static PageText of(List<String> lines) {
        return new PageText(List.copyOf(lines), null);
    }

    static PageText rejected(String problem) {
        return new PageText(null, problem);
    }

    boolean isRejected() {
        return problem != null;
    }

    /** The lines joined with newlines (for the HTML parser). */
    String joined() {
        return String.join("\n", lines);
    }
}
