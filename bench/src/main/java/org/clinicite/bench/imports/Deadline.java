package org.clinicite.bench.imports;

import java.time.Duration;

/** Bounds a phase: {@link #check()} throws once the phase has run longer than allowed. */
final class Deadline {
    private final long endNanos;
    private final Duration limit;

    Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    void check() {
        if (System.nanoTime() > endNanos) {
            throw new Expired(limit);
        }
    }

    /** The phase ran out of time; the figures so far are still reported. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired(Duration limit) {
            super("phase stopped after " + limit.toMinutes() + " min (--timeout-min)");
        }
    }
}
