package org.clinicite.bench.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importers;
import org.clinicite.importer.pubmed.PubmedXmlImporter;

/**
 * Import into a fresh database, timed, through {@link ImportService} (batches of 200, the
 * CLI's path); with {@code profile},
 * Hibernate's statistics and a stack profile go to stderr. Opening (and migrating) the
 * database is outside the timing.
 */
final class DbImportPhase {
    private final Vocabulary vocabulary;
    private final Duration limit;
    private final int batch;
    private final boolean profile;
    private final PrintStream err;

    DbImportPhase(Vocabulary vocabulary, Duration limit, int batch, boolean profile, PrintStream err) {
        this.vocabulary = vocabulary;
        this.limit = limit;
        this.batch = batch;
        this.profile = profile;
        this.err = err;
    }

    /**
     * {@code pg} names the PostgreSQL database (for its CPU time), null for H2; {@code bulk}
     * false writes every study through Hibernate (ImportService's reference path).
     */
    PhaseResult run(String name, DatabaseConfig config, PgSchemas pg, Path xml, boolean bulk) throws IOException {
        return run(name, config, pg, xml, (db, deadline) -> {
            ImportService service = new ImportService(db, new Importers(List.of(new PubmedXmlImporter(vocabulary))),
                    new ProgressListener(name, deadline, err), batch, bulk);
            ImportReport report = service.importFiles(List.of(xml), PubmedXmlImporter.ID);
            return report.summary() + ", " + report.warnings().size() + " warnings";
        });
    }

    private PhaseResult run(String name, DatabaseConfig config, PgSchemas pg, Path xml, Loader loader)
            throws IOException {
        try (Database db = Database.open(config)) {
            if (profile) {
                HibernateFigures.enable(db.sessionFactory());
            }
            StackProfiler profiler = profile ? StackProfiler.of(Thread.currentThread()) : null;
            String note;
            HeapSampler heap = HeapSampler.start();
            CpuMeter cpu = CpuMeter.start(pg);
            long t0 = System.nanoTime();
            try {
                note = loader.load(db, new Deadline(limit));
            } catch (Deadline.Expired e) {
                note = e.getMessage();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            CpuMeter.Cpu used = cpu.stop();
            HeapSampler.HeapPeak peak = heap.stop();
            RowCounts rows = RowCounts.of(db.dataSource());
            if (profiler != null) {
                profiler.close();
                profiler.print(err, name, seconds, rows.studies());
                HibernateFigures.print(err, name, db.sessionFactory(), rows.studies());
            }
            long bytes = note.startsWith("phase stopped") ? 0 : Files.size(xml); // stopped: bytes read unknown
            return new PhaseResult(name, rows.studies(), seconds, bytes, peak, used, note + "; stored " + rows);
        }
    }

    @FunctionalInterface
    private interface Loader {
        /** Loads the file; returns what to note about it. */
        String load(Database db, Deadline deadline) throws IOException;
    }
}
