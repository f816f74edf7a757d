package org.clinicite.citation;

import java.util.List;

/** A locale for which the bundled CSL locales artifact has no file. */
public final class UnknownLocaleException extends CitationException {
    private static final long serialVersionUID = 1L;

    private final String requested;

    public UnknownLocaleException(String requested, List<String> available) {
        super("Unknown citation locale '" + requested + "'. Available locales: " + String.join(", ", available) + ".");
        this.requested = requested;
    }

    public String requested() {
        return requested;
    }
}
