package org.clinicite.bench.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.StudyRows;

/**
 * The COPY peer's input: the rows the importer writes for each new record (study and its
 * children as the importer's {@link StudyRows} gives them, with its provenance; its
 * change-log row; the shared journals), as CSV files written while parsing, so memory stays
 * flat. Ids are assigned here in order.
 */
final class CsvRows implements RecordSink, AutoCloseable {
    private final Deadline deadline;
    /** The tables of {@link StudyRows}, in its order. */
    private final Map<StudyRows.Table, CsvTable> studyTables = new LinkedHashMap<>();
    private final CsvTable study;
    private final CsvTable changeLog;
    private final CsvTable journal;
    private final Map<String, Journal> journals = new LinkedHashMap<>();
    private final Map<String, Long> journalIds = new HashMap<>();
    private final Map<StudyRows.Table, Long> childIds = new HashMap<>();

    CsvRows(Path dir, Deadline deadline) throws IOException {
        this.deadline = deadline;
        journal = new CsvTable(dir, "journal", "id,title,title_key,iso_abbreviation,issn");
        for (StudyRows.Table t : StudyRows.TABLES) {
            studyTables.put(t, new CsvTable(dir, t.name(), t.columnList()));
        }
        study = studyTables.get(StudyRows.STUDY);
        changeLog = new CsvTable(dir, "change_log", "seq,study_id,changed_at");
    }

    /** The tables in an order that satisfies the foreign keys. */
    List<CsvTable> tables() {
        List<CsvTable> all = new ArrayList<>(List.of(journal));
        all.addAll(studyTables.values());
        all.add(changeLog);
        return all;
    }

    @Override
    public void accept(ParsedRecord r) {
        long id = study.rows + 1;
        Study s = r.study();
        Instant now = Instant.now();
        s.addProvenance(new Provenance(r.format(), r.source(), r.recordKey(), r.fingerprint(), now));
        StudyRows.emit(s, id, 0, journalId(s.getJournal()), t -> childIds.merge(t, 1L, Long::sum),
                (t, values) -> studyTables.get(t).row(values));
        changeLog.row(id, id, now);
        if ((id & 1023) == 0) {
            deadline.check();
        }
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
