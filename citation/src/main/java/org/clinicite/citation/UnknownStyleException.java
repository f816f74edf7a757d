package org.clinicite.citation;

import java.util.List;

/** A style id that is neither bundled, an alias, nor a readable .csl file; carries the nearest known ids. */
public final class UnknownStyleException extends CitationException {
    private static final long serialVersionUID = 1L;

    private final String requested;
    private final List<String> suggestions;

    public UnknownStyleException(String requested, List<String> suggestions) {
        super(message(requested, suggestions));
        this.requested = requested;
        this.suggestions = List.copyOf(suggestions);
    }

    private static String message(String requested, List<String> suggestions) {
        StringBuilder sb = new StringBuilder("Unknown citation style '").append(requested).append('\'');
        if (!suggestions.isEmpty()) {
            sb.append(". Nearest styles: ").append(String.join(", ", suggestions));
        }
        return sb.append("; run `clinicite styles --match TEXT` to list styles.").toString();
    }

    public String requested() {
        return requested;
    }

    /** Up to five bundled style ids close to the requested one, best first. */
    public List<String> suggestions() {
        return suggestions;
    }
}
