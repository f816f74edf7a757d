package org.clinicite.importer.pubmed;

import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Study;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/**
 * Hands the records of one file to the sink: maps each to a study, reports its doubts as
 * warnings at its line, rejects a record with nothing to identify it, and fingerprints the
 * rest from their content ({@link MedlineRecord#canonical()}).
 */
final class RecordEmitter {
    private final String format;
    private final String source;
    private final MedlineStudyMapper mapper;
    private final RecordSink sink;
    /** Fingerprints: SHA-256 of the format and {@link MedlineRecord#canonical()}, streamed. */
    private final CanonicalDigest digest = new CanonicalDigest();
    private int accepted;

    RecordEmitter(String format, String source, MedlineStudyMapper mapper, RecordSink sink) {
        this.format = format;
        this.source = source;
        this.mapper = mapper;
        this.sink = sink;
    }

    /** Delivers the record, or its rejection. */
    void emit(MedlineRecord rec) {
        Study study = mapper.map(rec);
        String who = study.getPmid().map(p -> "PMID " + p.value() + ": ").orElse("");
        if (study.getTitle() == null && study.getPmid().isEmpty() && study.getDoi().isEmpty()
                && study.getPmcid().isEmpty()) {
            rec.warnings.forEach(w -> warn(rec.line, w));
            sink.reject(Problem.at(source, rec.line,
                    "record with no title and no PMID, DOI or PMCID: nothing to identify it by; skipped"));
            return;
        }
        if (study.getTitle() == null) {
            rec.warnings.add("no title");
        }
        rec.warnings.forEach(w -> warn(rec.line, who + w));
        String key = study.getPmid().map(Pmid::value).orElse(null);
        String fingerprint = rec.fingerprint(format, digest);
        sink.accept(new ParsedRecord(study, null, format, source, rec.line, key, fingerprint));
        accepted++;
    }

    void warn(int line, String reason) {
        sink.warn(Problem.at(source, line, reason));
    }

    void reject(int line, int column, String reason) {
        sink.reject(new Problem(source, line, column, reason));
    }

    /** How many records were accepted so far. */
    int accepted() {
        return accepted;
    }
}
