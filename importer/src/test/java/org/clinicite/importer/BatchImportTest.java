package org.clinicite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.pubmed.PubmedXmlGenerator;
import org.clinicite.importer.pubmed.PubmedXmlImporter;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batched write path (one flush per batch, matching within the batch in memory, the
 * change log advanced once per batch), on H2 and PostgreSQL: duplicates inside one batch
 * merge as they do across batches, a bad record in a batch is rejected alone, re-import
 * changes nothing, and the change log names every stored study.
 */
class BatchImportTest {
    @TempDir
    Path dir;

    /** Emits the test's records for any file ending in ".pubmed". */
    private record Records(List<Supplier<ParsedRecord>> records) implements Importer {
        @Override
        public String id() {
            return "pubmed";
        }

        @Override
        public String description() {
            return "test records";
        }

        @Override
        public boolean isRecognizedFormat(Path file) {
            return file.toString().endsWith(".pubmed");
        }

        @Override
        public void read(Path file, RecordSink sink) {
            records.forEach(r -> sink.accept(r.get()));
        }
    }

    static Stream<Arguments> kindsAndBatches() {
        return TestDatabases.kinds().flatMap(k -> Stream.of(Arguments.of(k.get()[0], 200), Arguments.of(k.get()[0], 3)));
    }

    private static Supplier<ParsedRecord> record(int line, String fingerprint, String title, Integer year, String author,
            String doi, String pmid, String abstractText, String volume) {
        return () -> {
            Study s = new Study();
            s.setTitle(title);
            if (year != null) {
                s.setPublished(PartialDate.ofYear(year));
            }
            if (author != null) {
                s.addAuthor(new Authorship(author, "A"));
            }
            if (doi != null) {
                s.setDoi(Doi.parse(doi).orElseThrow());
            }
            if (pmid != null) {
                s.setPmid(Pmid.parse(pmid).orElseThrow());
            }
            s.setAbstractText(abstractText);
            s.setVolume(volume);
            return new ParsedRecord(s, null, "pubmed", "dups.pubmed", line, null, fingerprint.repeat(64));
        };
    }

    /** Records that repeat each other; with batch size 200 all of them are in one batch. */
    private static List<Supplier<ParsedRecord>> duplicates() {
        return List.of(
                record(1, "a", "Alpha trial of psilocybin", 2020, "Smith", "10.1000/alpha", null, null, null),
                record(2, "b", "Beta study", 2018, "Jones", null, "111", null, null),
                // the same DOI as line 1, with an abstract: merged into it
                record(3, "c", "Alpha trial of psilocybin (corrected)", 2020, "Smith", "10.1000/alpha", null,
                        "An abstract.", null),
                // a bad record in the middle of the batch
                record(4, "9", "A study with an impossible volume", 2021, "Doe", null, null, null, "9".repeat(500)),
                // the PMID of line 2, adding a DOI: merged into it
                record(5, "d", "Beta study", 2018, "Jones", "10.1000/beta", "111", null, null),
                // only the DOI line 5 gave the study of line 2: found by that new key
                record(6, "e", "Beta study, a reprint", 2018, "Jones", "10.1000/beta", null, "Beta abstract.", null),
                record(7, "f", "Gamma study of ketamine", 2019, "Müller", null, null, null, null),
                // the same title, year and first author, written differently
                record(8, "g", "GAMMA study of ketamine!", 2019, "Muller", null, null, "Gamma abstract.", null),
                // line 1 again, verbatim
                record(9, "a", "Alpha trial of psilocybin", 2020, "Smith", "10.1000/alpha", null, null, null));
    }

    private Path file(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "x\n");
        return f;
    }

    @ParameterizedTest(name = "{0}, batch {1}")
    @MethodSource("kindsAndBatches")
    void duplicatesInOneBatchMergeAndABadRecordIsRejectedAlone(String kind, int batch) throws IOException {
        DatabaseConfig cfg = TestDatabases.of(kind, dir);
        try (Database db = Database.open(cfg)) {
            ImportService service = new ImportService(db, new Importers(List.of(new Records(duplicates()))),
                    ImportListener.SILENT, batch);
            Path f = file("dups.pubmed");
            ImportReport r = service.importFiles(List.of(f), Importers.AUTO);
            List<RecordResult> res = r.results();
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.ADDED, ImportOutcome.MERGED, ImportOutcome.REJECTED,
                    ImportOutcome.MERGED, ImportOutcome.MERGED, ImportOutcome.ADDED, ImportOutcome.MERGED,
                    ImportOutcome.UNCHANGED), res.stream().map(RecordResult::outcome).toList(), res.toString());
            long alpha = res.get(0).studyId();
            long beta = res.get(1).studyId();
            long gamma = res.get(6).studyId();
            assertEquals(alpha, res.get(2).studyId());
            assertEquals(beta, res.get(4).studyId());
            assertEquals(beta, res.get(5).studyId(), "found by the DOI merged into it earlier in the batch");
            assertEquals(gamma, res.get(7).studyId());
            assertEquals(alpha, res.get(8).studyId());
            assertEquals(4, res.get(3).line());
            assertTrue(res.get(3).reason().startsWith("not stored: "), res.get(3).reason());

            db.run(s -> {
                StudyRepository repo = new StudyRepository(s);
                assertEquals(3L, repo.countStudies());
                Study b = s.find(Study.class, beta);
                assertEquals("10.1000/beta", b.getDoi().orElseThrow().value());
                assertEquals("Beta abstract.", b.getAbstractText());
                assertEquals("An abstract.", s.find(Study.class, alpha).getAbstractText());
                assertEquals("Gamma abstract.", s.find(Study.class, gamma).getAbstractText());
                assertEquals(7L, s.createSelectionQuery("select count(*) from Provenance", Long.class).getSingleResult(),
                        "one provenance row per distinct stored record; none for the bad one");
                assertEquals(List.of("a", "c"), s.createSelectionQuery("select p.fingerprint from Provenance p "
                        + "where p.study.id = :id order by p.fingerprint", String.class).setParameter("id", alpha)
                        .getResultList().stream().map(x -> x.substring(0, 1)).toList());
            });
            ChangeLog log = new ChangeLog(db.dataSource());
            long head = log.head();
            assertEquals(Set.of(alpha, beta, gamma), log.changedBetween(0, head),
                    "the search index catches up on exactly the stored studies");

            ImportReport again = service.importFiles(List.of(f), Importers.AUTO);
            assertEquals(8, again.count(ImportOutcome.UNCHANGED), again.results().toString());
            assertEquals(1, again.count(ImportOutcome.REJECTED));
            assertEquals(head, log.head(), "re-import changes nothing, not even the change log");
            db.run(s -> assertEquals(3L, new StudyRepository(s).countStudies()));
        } finally {
            TestDatabases.dropSchema(cfg);
        }
    }

    /**
     * The bulk path's ids (drawn from the sequences in blocks) and Hibernate's (its pooled
     * optimizer) never collide: imports through both paths, and through a second session
     * factory (another process's optimizer), alternate on one database in small batches.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void bulkAndHibernateIdsNeverCollide(String kind) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path xml = dir.resolve("generated-" + i + ".xml");
            try (Writer w = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
                new PubmedXmlGenerator(100 + i).write(w, 60);
            }
            files.add(xml);
        }
        DatabaseConfig cfg = TestDatabases.of(kind, dir);
        try (Database one = Database.open(cfg); Database other = Database.open(cfg)) {
            Importers importers = Importers.standard(Vocabulary.shipped());
            List<ImportService> services = List.of(new ImportService(one, importers, ImportListener.SILENT, 7, true),
                    new ImportService(one, importers, ImportListener.SILENT, 11, false),
                    new ImportService(other, importers, ImportListener.SILENT, 13, true));
            int records = 0;
            for (int i = 0; i < files.size(); i++) {
                ImportReport r = services.get(i % services.size()).importFiles(List.of(files.get(i)), PubmedXmlImporter.ID);
                assertEquals(0, r.count(ImportOutcome.REJECTED), r.summary() + " " + r.results());
                records += r.results().size();
            }
            assertEquals(360, records);
            one.run(s -> assertEquals(s.createSelectionQuery("select count(*) from Provenance", Long.class)
                    .getSingleResult(), s.createNativeQuery("select count(distinct id) from provenance", Long.class)
                    .getSingleResult()));
        } finally {
            TestDatabases.dropSchema(cfg);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void generatedPubmedFileOverSeveralBatches(String kind) throws IOException {
        Path xml = dir.resolve("generated.xml");
        try (Writer w = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
            new PubmedXmlGenerator(7).write(w, 450);
        }
        DatabaseConfig cfg = TestDatabases.of(kind, dir);
        try (Database db = Database.open(cfg)) {
            ImportService service = new ImportService(db, Importers.standard(Vocabulary.shipped()), ImportListener.SILENT);
            Statistics stats = db.sessionFactory().getStatistics();
            stats.setStatisticsEnabled(true);
            ImportReport first = service.importFiles(List.of(xml), PubmedXmlImporter.ID);
            assertEquals(450, first.count(ImportOutcome.ADDED), first.summary());
            // 3 batches of at most 200: the look-ups are queries per batch (by DOI, PMID, PMCID,
            // title, journal, fingerprint), not per record (that was 4 or more per record)
            assertTrue(stats.getQueryExecutionCount() <= 3 * 6, "queries: " + stats.getQueryExecutionCount());
            assertEquals(450, first.results().size());
            Set<Long> ids = first.results().stream().map(RecordResult::studyId).collect(Collectors.toSet());
            assertEquals(450, ids.size());
            ChangeLog log = new ChangeLog(db.dataSource());
            long head = log.head();
            assertEquals(450L, head, "one change per added study");
            assertEquals(ids, log.changedBetween(0, head));
            db.run(s -> {
                assertEquals(450L, new StudyRepository(s).countStudies());
                assertEquals(new HashSet<>(ids), new HashSet<>(new StudyRepository(s).allStudyIds()));
                assertEquals(450L, s.createSelectionQuery("select count(*) from Provenance", Long.class)
                        .getSingleResult());
            });

            stats.clear();
            ImportReport again = service.importFiles(List.of(xml), PubmedXmlImporter.ID);
            assertEquals(450, again.count(ImportOutcome.UNCHANGED), again.summary());
            assertTrue(stats.getQueryExecutionCount() <= 3 * 6, "queries: " + stats.getQueryExecutionCount());
            assertEquals(head, log.head());
        } finally {
            TestDatabases.dropSchema(cfg);
        }
    }
}
