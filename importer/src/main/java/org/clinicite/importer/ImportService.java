package org.clinicite.importer;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseException;
import org.hibernate.exception.JDBCConnectionException;
import jakarta.persistence.PersistenceException;

/**
 * Imports files into the database. Each record is stored in its own transaction,
 * whole or not at all; a bad record or a bad file is reported and the rest goes on.
 * Only a database that cannot be reached stops the import ({@link DatabaseException}).
 */
public final class ImportService {
    private final Database db;
    private final Importers importers;
    private final ImportListener listener;

    public ImportService(Database db, Importers importers, ImportListener listener) {
        this.db = db;
        this.importers = importers;
        this.listener = listener;
    }

    /** Imports every file with the given format id, or {@link Importers#AUTO} to detect each. */
    public ImportReport importFiles(List<Path> files, String format) {
        ImportReport report = new ImportReport();
        for (Path file : files) {
            importFile(file, format, report);
        }
        return report;
    }

    private void importFile(Path file, String format, ImportReport report) {
        Optional<Importer> importer = choose(file, format, report);
        if (importer.isEmpty()) {
            return;
        }
        listener.fileStarted(file, importer.get().id());
        RecordSink sink = new StoringSink(report);
        try {
            importer.get().read(file, sink);
        } catch (MalformedInputException e) {
            reject(report, Problem.ofFile(file.toString(), "not UTF-8 text"));
        } catch (IOException e) {
            reject(report, Problem.ofFile(file.toString(), "cannot read: " + e.getMessage()));
        }
        listener.fileDone(file);
    }

    private Optional<Importer> choose(Path file, String format, ImportReport report) {
        if (!Files.exists(file)) {
            reject(report, Problem.ofFile(file.toString(), "no such file"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            reject(report, Problem.ofFile(file.toString(), "not a readable file"));
            return Optional.empty();
        }
        if (format != null && !Importers.AUTO.equalsIgnoreCase(format)) {
            Optional<Importer> i = importers.byId(format);
            if (i.isEmpty()) {
                throw new IllegalArgumentException("unknown format '" + format + "'; known: auto, " + importers.ids());
            }
            return i;
        }
        try {
            if (Files.size(file) == 0) {
                reject(report, Problem.ofFile(file.toString(), "empty file"));
                return Optional.empty();
            }
            Optional<Importer> detected = importers.detect(file);
            if (detected.isEmpty()) {
                reject(report, Problem.ofFile(file.toString(),
                        "unrecognised format (not one of: " + importers.ids() + "); name one with --format"));
            }
            return detected;
        } catch (IOException e) {
            reject(report, Problem.ofFile(file.toString(), "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private void reject(ImportReport report, Problem p) {
        RecordResult r = RecordResult.rejected(p);
        report.add(r);
        listener.recordDone(r);
    }

    /** Stores each record as it arrives, in its own transaction. */
    private final class StoringSink implements RecordSink {
        private final ImportReport report;

        StoringSink(ImportReport report) {
            this.report = report;
        }

        @Override
        public void accept(ParsedRecord record) {
            RecordResult r;
            try {
                r = db.inTransaction(s -> RecordStore.store(s, record));
            } catch (JDBCConnectionException e) {
                throw new DatabaseException("lost the database connection: " + rootMessage(e), e);
            } catch (PersistenceException e) {
                r = RecordResult.rejected(Problem.at(record.source(), record.line(),
                        "not stored: " + rootMessage(e)));
            }
            report.add(r);
            listener.recordDone(r);
        }

        @Override
        public void reject(Problem problem) {
            ImportService.this.reject(report, problem);
        }

        @Override
        public void warn(Problem problem) {
            report.warn(problem);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
