package org.clinicite.citation;

/** Base class of the errors this module reports; its message is meant to be shown to a user as is. */
public class CitationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CitationException(String message) {
        super(message);
    }

    public CitationException(String message, Throwable cause) {
        super(message, cause);
    }
}
