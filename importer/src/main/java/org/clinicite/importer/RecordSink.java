package org.clinicite.importer;

/** Where an importer delivers what it reads, record by record, so memory stays flat. */
public interface RecordSink {
    /** A complete record. */
    void accept(ParsedRecord record);

    /** A record (or the whole file) that cannot be read: nothing of it is stored. */
    void reject(Problem problem);

    /** Something read but doubtful (a field ignored, a value guessed from context). */
    void warn(Problem problem);
}
