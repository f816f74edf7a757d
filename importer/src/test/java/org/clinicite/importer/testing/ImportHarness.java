package org.clinicite.importer.testing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.testing.TestDatabases;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Importers;
import org.clinicite.importer.RecordResult;

/**
 * The scaffolding of the import-service tests of every format: a database of one of
 * {@link TestDatabases#kinds()} (H2 in the test's temporary directory, or the test
 * PostgreSQL), an {@link ImportService} over the given importers with a silent listener, and
 * on {@link #close()} the database closed and its schema dropped. Use it in
 * try-with-resources; the static methods locate the fixtures.
 */
public final class ImportHarness implements AutoCloseable {
    private final Database db;
    private final ImportService service;

    private ImportHarness(Database db, Importers importers) {
        this.db = db;
        this.service = new ImportService(db, importers, ImportListener.SILENT);
    }

    /** Opens a database of {@code kind} ("h2" keeps its files under {@code dir}) with a service over {@code importers}. */
    public static ImportHarness open(String kind, Path dir, Importer... importers) {
        return new ImportHarness(Database.open(TestDatabases.of(kind, dir)), new Importers(List.of(importers)));
    }

    public Database db() {
        return db;
    }

    public ImportService service() {
        return service;
    }

    /** Imports the files as {@code format} ({@link Importers#AUTO} to detect it). */
    public ImportReport importFiles(String format, Path... files) {
        return service.importFiles(Arrays.asList(files), format);
    }

    /** The last change the change log holds: unchanged by an import that writes nothing. */
    public long changeLogHead() {
        return new ChangeLog(db.dataSource()).head();
    }

    /** The outcome of each record of a report, in order. */
    public static List<ImportOutcome> outcomes(ImportReport report) {
        return report.results().stream().map(RecordResult::outcome).toList();
    }

    /** A fixture written for these tests: {@code src/test/resources/FORMAT/NAME}. */
    public static Path resource(String format, String name) {
        return Path.of("src/test/resources", format, name);
    }

    /** A shared real record: {@code ../shared/data/records/DIR/NAME}. */
    public static Path sharedRecord(String dir, String name) {
        return SharedData.file("records/" + dir + "/" + name);
    }

    @Override
    public void close() {
        DatabaseConfig cfg = db.config();
        db.close();
        TestDatabases.dropSchema(cfg);
    }
}
