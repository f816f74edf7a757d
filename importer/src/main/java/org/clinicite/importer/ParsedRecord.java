package org.clinicite.importer;

import java.util.Objects;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUp;

/**
 * One record read from a source, not yet stored: a study (detached, without id) and, for
 * news, the write-up that reports it. Stored whole or not at all.
 *
 * @param study       the study the record describes; never null
 * @param writeUp     the news write-up, for news formats; else null
 * @param format      the importer id ("news", "pubmed", ...)
 * @param source      the file (or URL) it was read from
 * @param line        the line where the record starts (1-based), 0 when unknown
 * @param recordKey   the record's own key in the source (PMID, NCT id, BibTeX key), may be null
 * @param fingerprint a hash of the record's content: the same record imported again is recognised by it
 */
public record ParsedRecord(Study study, WriteUp writeUp, String format, String source, int line,
        String recordKey, String fingerprint) {

    public ParsedRecord {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
