package org.clinicite.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Everything an import did: one result per record, plus warnings. Not thread-safe. */
public final class ImportReport {
    private final List<RecordResult> results = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    void add(RecordResult r) {
        results.add(r);
    }

    void warn(Problem p) {
        warnings.add(p);
    }

    public List<RecordResult> results() {
        return Collections.unmodifiableList(results);
    }

    public List<Problem> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public long count(ImportOutcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public boolean hasRejections() {
        return count(ImportOutcome.REJECTED) > 0;
    }

    /** "1 added, 0 merged, 0 unchanged, 0 rejected". */
    public String summary() {
        return count(ImportOutcome.ADDED) + " added, " + count(ImportOutcome.MERGED) + " merged, "
                + count(ImportOutcome.UNCHANGED) + " unchanged, " + count(ImportOutcome.REJECTED) + " rejected";
    }
}
