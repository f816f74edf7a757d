package org.clinicite.evidence;

/** {@code events} of {@code total}: 15 of 19 participants. */
public record Count(int events, int total) {
    public Count {
        if (total <= 0 || events < 0 || events > total) {
            throw new IllegalArgumentException("not a count: " + events + " of " + total);
        }
    }

    /** Whether the numbers make a count (a positive total, 0 &le; events &le; total). */
    public static boolean isValid(Integer events, Integer total) {
        return events != null && total != null && total > 0 && events >= 0 && events <= total;
    }

    public double proportion() {
        return (double) events / total;
    }
}
