package org.clinicite.core.db;

/** The database cannot be reached, migrated or written: exit code 3 at the command line. */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
