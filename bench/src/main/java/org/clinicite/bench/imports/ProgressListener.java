package org.clinicite.bench.imports;

import java.io.PrintStream;
import java.util.Locale;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.RecordResult;

/** Counts stored records, prints the rate on stderr every 10,000 and stops the phase at its deadline. */
final class ProgressListener implements ImportListener {
    private static final int EVERY = 10_000;

    private final String phase;
    private final Deadline deadline;
    private final PrintStream err;
    private final long t0 = System.nanoTime();
    long done;
    long rejected;

    ProgressListener(String phase, Deadline deadline, PrintStream err) {
        this.phase = phase;
        this.deadline = deadline;
        this.err = err;
    }

    @Override
    public void recordDone(RecordResult result) {
        done++;
        if (result.outcome() == ImportOutcome.REJECTED) {
            rejected++;
        }
        if (done % EVERY == 0) {
            double s = (System.nanoTime() - t0) / 1e9;
            err.println(String.format(Locale.ROOT, "  %s: %d records, %.0f s, %.0f records/s", phase, done, s, done / s));
        }
        if ((done & 255) == 0) {
            deadline.check();
        }
    }
}
