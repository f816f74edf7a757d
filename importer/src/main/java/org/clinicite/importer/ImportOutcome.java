package org.clinicite.importer;

/** What happened to one record. */
public enum ImportOutcome {
    /** A new study. */
    ADDED,
    /** Merged into a study that was there (new fields, sources or links). */
    MERGED,
    /** Already there with everything it says: nothing written. */
    UNCHANGED,
    /** Not stored; the reason says why. */
    REJECTED
}
