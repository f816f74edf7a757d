package org.clinicite.core.vocab;

/** A vocabulary file that cannot be read or is inconsistent (unknown broader key, cycle). */
public class VocabularyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VocabularyException(String message) {
        super(message);
    }

    public VocabularyException(String message, Throwable cause) {
        super(message, cause);
    }
}
