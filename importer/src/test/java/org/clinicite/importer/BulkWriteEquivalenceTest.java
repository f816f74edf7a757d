package org.clinicite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.id.Doi;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.core.vocab.Vocabulary;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL: every real record of {@code ../shared/data/records} imported through the bulk
 * path ({@link BulkStudyWriter}, COPY) and through Hibernate's path, each into a fresh schema, reads back the same through Hibernate, field by field with all children, and
 * writes the same rows (version, change log). The records go in twice (re-import changes
 * nothing) and in batches of 200 and of 3, so later files merge into studies the bulk path
 * wrote and batches hold duplicates of each other.
 */
class BulkWriteEquivalenceTest {
    @TempDir
    Path dir;

    /**
     * Records the shared files lack: findings, outcomes with every field, qualified terms, text
     * that COPY must escape (tab, newline, backslash, a literal {@code \N}), a duplicate that
     * adds to a study of its own batch.
     */
    private static final class Synthetic implements Importer {
        @Override
        public String id() {
            return "synthetic";
        }

        @Override
        public String description() {
            return "test records";
        }

        @Override
        public boolean isRecognizedFormat(Path file) {
            return file.toString().endsWith(".synthetic");
        }

        @Override
        public void read(Path file, RecordSink sink) {
            for (int i = 1; i <= 5; i++) {
                sink.accept(record(file, i, i));
            }
            sink.accept(record(file, 6, 2)); // the study of line 2 again, with more
        }

        private static ParsedRecord record(Path file, int line, int n) {
            Study s = new Study();
            s.setTitle("Escapes\ttab\tand \\N back\\slash " + n);
            s.setAbstractText("Line one\nline two\r\nwith a tab\there, a \\ and \\N; " + n);
            s.setPublished(new PartialDate(2020, 3, n));
            s.setDoi(Doi.parse("10.1000/escape." + n).orElseThrow());
            s.setDesign(StudyDesign.RCT);
            s.setDesignDetail("double-blind\tcrossover");
            s.setPhase("2");
            s.setBlinding("double");
            s.setEnrolled(100 + n);
            s.setAnalysed(90 + n);
            s.setPopulation("adults\nwith depression");
            s.setStatus(StudyStatus.VERIFIED);
            s.addAuthor(new Authorship("Øster\\gaard", "Ä\tB"));
            s.addAuthor(Authorship.literal("The \\N Group"));
            s.addTerm(new StudyTerm(TermKind.SUBSTANCE, "psilocybin", "Psilocybin", TermRole.INTERVENTION,
                    "25 mg\tonce"));
            s.addTerm(new StudyTerm(TermKind.CONDITION, "depression", "Depression", TermRole.STUDIED, null));
            Outcome o = new Outcome("response\tat week 6", 15, 19, "> 50%", "6 weeks");
            o.setMeasure("MADRS");
            o.setEffectSize("d = 0.8");
            o.setPValue("p < 0.01");
            o.setSourceSentence("15 of 19\n(79%) responded");
            s.addOutcome(o);
            s.addFinding("finding\tone \\N " + n);
            if (line == 6) {
                s.addFinding("a second finding\\");
                s.addOutcome(new Outcome("remission", 9, 19, null, "12 weeks"));
                s.addTerm(new StudyTerm(TermKind.SUBSTANCE, "ketamine", "Ketamine", TermRole.COMPARATOR, null));
            }
            return new ParsedRecord(s, null, "synthetic", file.toString(), line, "key\t" + line,
                    String.valueOf(line).repeat(64));
        }
    }

    @Test
    void bulkPathWritesWhatHibernateWrites() throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(SharedData.dir().resolve("records"))) {
            files = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 100, "the shared records: " + files.size());
        Path synthetic = dir.resolve("escapes.synthetic");
        Files.writeString(synthetic, "x\n");
        files = Stream.concat(files.stream(), Stream.of(synthetic)).toList();
        for (int batch : new int[] {200, 3}) {
            DatabaseConfig bulkDb = TestDatabases.postgres();
            DatabaseConfig refDb = TestDatabases.postgres();
            try {
                Imported bulk = importTwice(bulkDb, files, batch, true);
                Imported ref = importTwice(refDb, files, batch, false);
                assertEquals(ref.summaries, bulk.summaries, "import reports, batch " + batch);
                assertEquals(0, bulk.studyInserts, "the bulk path wrote no study through Hibernate, batch " + batch);
                assertTrue(ref.studyInserts > 100, "the reference inserted its studies through Hibernate");
                assertTrue(ref.studies.size() > 100, "studies stored: " + ref.studies.size());
                assertEquals(ref.studies.size(), bulk.studies.size(), "studies, batch " + batch);
                for (int i = 0; i < ref.studies.size(); i++) {
                    assertEquals(ref.studies.get(i), bulk.studies.get(i), "study #" + i + ", batch " + batch);
                }
                assertEquals(ref.rows, bulk.rows, "rows, batch " + batch);
                String all = String.join("\n", ref.studies);
                for (String child : List.of("author ", "term ", "outcome ", "finding ", "provenance ")) {
                    assertTrue(all.contains(child), "the records exercise " + child.strip());
                }
            } finally {
                TestDatabases.dropSchema(bulkDb);
                TestDatabases.dropSchema(refDb);
            }
        }
    }

    private record Imported(List<String> summaries, long studyInserts, List<String> studies, List<String> rows) {
    }

    private static Imported importTwice(DatabaseConfig config, List<Path> files, int batch, boolean bulk)
            throws SQLException {
        try (Database db = Database.open(config)) {
            Statistics stats = db.sessionFactory().getStatistics();
            stats.setStatisticsEnabled(true);
            List<Importer> importers = new ArrayList<>(List.of(new Synthetic()));
            importers.addAll(Importers.standard(Vocabulary.shipped()).all());
            ImportService service = new ImportService(db, new Importers(importers),
                    ImportListener.SILENT, batch, bulk);
            List<String> summaries = new ArrayList<>();
            summaries.add(service.importFiles(files, Importers.AUTO).summary());
            ImportReport again = service.importFiles(files, Importers.AUTO);
            summaries.add(again.summary());
            long inserts = stats.getEntityStatistics(Study.class.getName()).getInsertCount();
            List<String> studies = db.inTransaction(s -> s.createSelectionQuery("from Study order by id", Study.class)
                    .getResultList().stream().map(BulkWriteEquivalenceTest::describe).toList());
            return new Imported(summaries, inserts, studies, rows(db));
        }
    }

    /** Every field Hibernate reads back, children in their mapped order; timestamps only checked as present. */
    private static String describe(Study s) {
        assertNotNull(s.getCreatedAt());
        assertNotNull(s.getUpdatedAt());
        StringBuilder b = new StringBuilder();
        Journal j = s.getJournal();
        line(b, "study", s.getId(), s.getStatus(), s.getTitle(), s.getTitleKey(), s.getAbstractText(),
                s.getPublicationType(), s.getDoi(), s.getPmid(), s.getPmcid(), s.getNctId(), s.getVolume(),
                s.getIssue(), s.getPages(), s.getPublished(), s.getDesign(), s.getDesignDetail(), s.getPhase(),
                s.getBlinding(), s.getEnrolled(), s.getAnalysed(), s.getPopulation(), s.getFirstAuthorKey(),
                !s.getUpdatedAt().isBefore(s.getCreatedAt()));
        if (j != null) {
            line(b, "journal", j.getTitle(), j.getTitleKey(), j.getIsoAbbreviation(), j.getIssn());
        }
        for (Authorship a : s.getAuthors()) {
            line(b, "author", a.getPosition(), a.getFamily(), a.getGiven(), a.getLiteral(), a.getAffiliation(),
                    a.getStudy().getId());
        }
        for (StudyTerm t : s.getTerms()) {
            line(b, "term", t.getKind(), t.getTermKey(), t.getLabel(), t.getRole(), t.getQualifier());
        }
        for (Outcome o : s.getOutcomes()) {
            line(b, "outcome", o.getPosition(), o.getMeasure(), o.getDescription(), o.getResponders(), o.getTotal(),
                    o.getThreshold(), o.getTimepoint(), o.getEffectSize(), o.getPValue(), o.getSourceSentence());
        }
        for (String f : s.getFindings()) {
            line(b, "finding", f);
        }
        for (Provenance p : s.getProvenance()) {
            assertNotNull(p.getImportedAt());
            line(b, "provenance", p.getFormat(), p.getSource(), p.getRecordKey(), p.getFingerprint());
        }
        line(b, "coverage", s.getCoverage().size());
        return b.toString();
    }

    private static void line(StringBuilder b, String kind, Object... values) {
        b.append(kind);
        for (Object v : values) {
            b.append(" | ").append(v);
        }
        b.append('\n');
    }

    /** What Hibernate does not show: each study's version, the row counts and the change log's studies. */
    private static List<String> rows(Database db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String q : List.of("select id, version from study order by id",
                    "select count(*) from authorship", "select count(*) from study_term", "select count(*) from outcome",
                    "select count(*) from finding", "select count(*) from provenance", "select count(*) from journal",
                    "select study_id, count(*) from change_log group by study_id order by study_id",
                    "select count(*) from change_log")) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(q);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(" | ").append(rs.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
            c.rollback();
        }
        return out;
    }
}
