package org.clinicite.importer;

/**
 * Something wrong with the input, where it is: file, line (1-based, 0 when unknown),
 * column (0 when unknown) and a reason a person can act on.
 */
public record Problem(String file, int line, int column, String reason) {

    public static Problem at(String file, int line, String reason) {
        return new Problem(file, line, 0, reason);
    }

    public static Problem ofFile(String file, String reason) {
        return new Problem(file, 0, 0, reason);
    }

    /** {@code file:line:column: reason}, the form compilers use. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(reason).toString();
    }
}
