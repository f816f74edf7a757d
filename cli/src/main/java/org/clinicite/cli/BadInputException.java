package org.clinicite.cli;

/** Input that cannot be used, already reported where it is: exit code 1. */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
