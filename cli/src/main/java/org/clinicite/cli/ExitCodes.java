package org.clinicite.cli;

/** Exit codes of the command-line contract (DESIGN.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad input: reported, nothing half-written. */
    public static final int BAD_INPUT = 1;
    /** Usage error: unknown option, format, style or query syntax. */
    public static final int USAGE = 2;
    /** I/O or database error. */
    public static final int IO = 3;

    private ExitCodes() {
    }
}
