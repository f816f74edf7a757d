package org.clinicite.bench.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicite.core.id.Identifier;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/**
 * The COPY peer's input: the rows the importer would write for each new record (study,
 * its authorships and terms, its provenance and change-log row, the shared journals), as
 * CSV files written while parsing, so memory stays flat. Ids are assigned here in order.
 */
final class CsvRows implements RecordSink, AutoCloseable {
    static final String STUDY = "id,version,status,title,title_key,abstract_text,publication_type,doi,pmid,pmcid,nct_id,"
            + "journal_id,volume,issue,pages,pub_year,pub_month,pub_day,design,design_detail,phase,blinding,enrolled,"
            + "analysed,population,first_author_key,created_at,updated_at";
    private final Deadline deadline;
    private final CsvTable study;
    private final CsvTable authorship;
    private final CsvTable term;
    private final CsvTable provenance;
    private final CsvTable changeLog;
    private final CsvTable journal;
    private final Map<String, Journal> journals = new LinkedHashMap<>();
    private final Map<String, Long> journalIds = new HashMap<>();
    private long authorshipId;
    private long termId;

    CsvRows(Path dir, Deadline deadline) throws IOException {
        this.deadline = deadline;
        journal = new CsvTable(dir, "journal", "id,title,title_key,iso_abbreviation,issn");
        study = new CsvTable(dir, "study", STUDY);
        authorship = new CsvTable(dir, "authorship", "id,study_id,position,family,given,literal,affiliation");
        term = new CsvTable(dir, "study_term", "id,study_id,kind,term_key,label,role,qualifier");
        provenance = new CsvTable(dir, "provenance", "id,study_id,format,source,record_key,fingerprint,imported_at");
        changeLog = new CsvTable(dir, "change_log", "seq,study_id,changed_at");
    }

    /** The tables in an order that satisfies the foreign keys. */
    List<CsvTable> tables() {
        return List.of(journal, study, authorship, term, provenance, changeLog);
    }

    @Override
    public void accept(ParsedRecord r) {
        long id = study.rows + 1;
        Study s = r.study();
        Instant now = Instant.now();
        studyRow(id, s, journalId(s.getJournal()), now);
        for (Authorship a : s.getAuthors()) {
            authorship.row(++authorshipId, id, a.getPosition(), a.getFamily(), a.getGiven(), a.getLiteral(),
                    a.getAffiliation());
        }
        for (StudyTerm t : s.getTerms()) {
            term.row(++termId, id, t.getKind().name(), t.getTermKey(), t.getLabel(), t.getRole().name(), t.getQualifier());
        }
        provenance.row(id, id, r.format(), r.source(), r.recordKey(), r.fingerprint(), now);
        changeLog.row(id, id, now);
        if ((id & 1023) == 0) {
            deadline.check();
        }
    }

    private void studyRow(long id, Study s, Long journalId, Instant now) {
        study.row(id, 0, s.getStatus().name(), s.getTitle(), s.getTitleKey(), s.getAbstractText(), s.getPublicationType(),
                value(s.getDoi().orElse(null)), value(s.getPmid().orElse(null)), value(s.getPmcid().orElse(null)),
                value(s.getNctId().orElse(null)), journalId, s.getVolume(), s.getIssue(), s.getPages(),
                s.getPublished().year(), s.getPublished().month(), s.getPublished().day(),
                s.getDesign() == null ? null : s.getDesign().name(), s.getDesignDetail(), s.getPhase(), s.getBlinding(),
                s.getEnrolled(), s.getAnalysed(), s.getPopulation(), s.getFirstAuthorKey(), now, now);
    }

    /** The journal's id, the first record naming it fixing the title and later ones filling what is missing. */
    private Long journalId(Journal j) {
        if (j == null) {
            return null;
        }
        Journal known = journals.computeIfAbsent(j.getTitleKey(), k -> new Journal(j.getTitle()));
        if (known.getIsoAbbreviation() == null) {
            known.setIsoAbbreviation(j.getIsoAbbreviation());
        }
        if (known.getIssn() == null) {
            known.setIssn(j.getIssn());
        }
        return journalIds.computeIfAbsent(j.getTitleKey(), k -> (long) journalIds.size() + 1);
    }

    private static String value(Identifier id) {
        return id == null ? null : id.value();
    }

    @Override
    public void reject(Problem problem) {
        // a rejected record writes no rows, as in the import
    }

    @Override
    public void warn(Problem problem) {
        // warnings write no rows
    }

    @Override
    public void close() throws IOException {
        long id = 0;
        for (Journal j : journals.values()) {
            journal.row(++id, j.getTitle(), j.getTitleKey(), j.getIsoAbbreviation(), j.getIssn());
        }
        for (CsvTable t : tables()) {
            t.close();
        }
    }
}
