package org.clinicite.search;

/**
 * What one {@link IndexSync} run did: the change sequence it started from and committed,
 * how many studies it (re)indexed and deleted, and whether it rebuilt from scratch.
 */
public record SyncReport(long fromSeq, long toSeq, int indexed, int deleted, boolean rebuilt) {
    static SyncReport upToDate(long seq) {
        return new SyncReport(seq, seq, 0, 0, false);
    }

    /** True when the index already held everything. */
    public boolean nothingToDo() {
        return !rebuilt && fromSeq == toSeq && indexed == 0 && deleted == 0;
    }
}
