package org.clinicite.importer.ctgov;

import org.clinicite.core.id.NctId;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUpFingerprint;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/**
 * Turns one extracted trial into a record for the sink, or a rejection: a registry record
 * without a valid NCT number cannot be identified, merged or cited, so it is not stored.
 */
final class CtgovRecords {
    private final TrialMapper mapper;

    CtgovRecords(Vocabulary vocabulary) {
        this.mapper = new TrialMapper(vocabulary);
    }

    /**
     * Delivers the trial to the sink.
     *
     * @param canonical the record's content in a canonical form, hashed into its fingerprint
     * @param where     how the record is named in messages when it has no NCT number ("studies[2]")
     */
    void deliver(Trial trial, String canonical, String file, int line, String where, RecordSink sink) {
        String nct = trial.nctId();
        if (nct == null) {
            sink.reject(Problem.at(file, line, where + " has no NCT number; a registry record needs one"));
            return;
        }
        if (!NctId.isValid(nct)) {
            sink.reject(Problem.at(file, line, where + " has an invalid NCT number '" + nct
                    + "' (expected NCT and eight digits)"));
            return;
        }
        String key = new NctId(nct).value();
        Study study = mapper.toStudy(trial, reason -> sink.warn(Problem.at(file, line, key + ": " + reason)));
        sink.accept(new ParsedRecord(study, null, CtgovImporter.ID, file, line, key,
                WriteUpFingerprint.sha256(canonical)));
    }
}
