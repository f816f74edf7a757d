package org.clinicite.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an import did, in bounded memory: a count per outcome over every record;
 * every rejection (file, line, reason); the results of the first {@link #DEFAULT_DETAIL_LIMIT}
 * records in full (later added, merged and unchanged records are counted only) and the
 * first warnings likewise. A file of a million records does not keep a million results.
 * Not thread-safe.
 */
public final class ImportReport {
    /** Records (and warnings) kept in full before the report keeps counts and rejections only. */
    public static final int DEFAULT_DETAIL_LIMIT = 10_000;

    private final int detailLimit;
    private final Map<ImportOutcome, Long> counts = new EnumMap<>(ImportOutcome.class);
    private final List<RecordResult> results = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long resultsLeftOut;
    private long warningsLeftOut;

    public ImportReport() {
        this(DEFAULT_DETAIL_LIMIT);
    }

    /** A report keeping at most {@code detailLimit} non-rejected results and warnings in full. */
    public ImportReport(int detailLimit) {
        if (detailLimit < 0) {
            throw new IllegalArgumentException("detail limit must not be negative");
        }
        this.detailLimit = detailLimit;
    }

    void add(RecordResult r) {
        counts.merge(r.outcome(), 1L, Long::sum);
        if (r.outcome() == ImportOutcome.REJECTED || results.size() - rejectedKept() < detailLimit) {
            results.add(r);
        } else {
            resultsLeftOut++;
        }
    }

    private long rejectedKept() {
        return counts.getOrDefault(ImportOutcome.REJECTED, 0L);
    }

    void warn(Problem p) {
        if (warnings.size() < detailLimit) {
            warnings.add(p);
        } else {
            warningsLeftOut++;
        }
    }

    /**
     * The results kept, in import order: every rejection, and the other records up to the
     * detail limit ({@link #resultsLeftOut()} says how many were counted only).
     */
    public List<RecordResult> results() {
        return Collections.unmodifiableList(results);
    }

    /** Every rejected record or file, in import order. */
    public List<RecordResult> rejections() {
        return results.stream().filter(r -> r.outcome() == ImportOutcome.REJECTED).toList();
    }

    /** Added, merged or unchanged records counted but not kept in {@link #results()}. */
    public long resultsLeftOut() {
        return resultsLeftOut;
    }

    public List<Problem> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Warnings counted but not kept in {@link #warnings()}. */
    public long warningsLeftOut() {
        return warningsLeftOut;
    }

    public long count(ImportOutcome outcome) {
        return counts.getOrDefault(outcome, 0L);
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
