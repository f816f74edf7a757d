package org.clinicite.cli;

/** The user asked for something that does not exist (a style, a format, an id): exit code 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
