package org.clinicite.importer;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseException;
import org.hibernate.exception.JDBCConnectionException;
import jakarta.persistence.PersistenceException;

/**
 * Imports files into the database. Records are stored in batched transactions and
 * each record whole or not at all (a failing batch is retried record by record); a bad record or a bad file is reported and the rest goes on.
 * Only a database that cannot be reached stops the import ({@link DatabaseException}).
 * A file is parsed on a thread of its own ({@link ReadAhead}), a bounded queue ahead of
 * the storing; the report keeps counts and rejections, not every record ({@link ImportReport}).
 */
public final class ImportService {
    private final Database db;
    private final Importers importers;
    private final ImportListener listener;

    /** Records stored per transaction on the bulk path. */
    public static final int DEFAULT_BATCH_SIZE = 200;

    private final int batchSize;
    /** New studies written in bulk where the database allows ({@link NewStudyWriter}); false for comparisons only. */
    private final boolean bulkNewStudies;

    public ImportService(Database db, Importers importers, ImportListener listener) {
        this(db, importers, listener, DEFAULT_BATCH_SIZE);
    }

    public ImportService(Database db, Importers importers, ImportListener listener, int batchSize) {
        this(db, importers, listener, batchSize, true);
    }

    /**
     * With {@code bulkNewStudies} false, every study is written through Hibernate, the
     * reference path that tests and the import benchmark compare the bulk path with.
     */
    public ImportService(Database db, Importers importers, ImportListener listener, int batchSize, boolean bulkNewStudies) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.db = db;
        this.importers = importers;
        this.listener = listener;
        this.batchSize = batchSize;
        this.bulkNewStudies = bulkNewStudies;
    }

    /** Imports every file with the given format id, or {@link Importers#AUTO} to detect each. */
    public ImportReport importFiles(List<Path> files, String format) {
        return importFiles(files, format, new ImportReport());
    }

    /** As {@link #importFiles(List, String)}, adding to the given report (one with another detail limit). */
    public ImportReport importFiles(List<Path> files, String format, ImportReport report) {
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
        StoringSink sink = new StoringSink(report);
        try {
            ReadAhead.run(s -> importer.get().read(file, s), sink, 2 * batchSize, "clinicite-parse");
            sink.flush();
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

    /**
     * Stores records in batches: one transaction for up to {@code batchSize} records (the
     * bulk path); if the database refuses any of them, the batch is rolled back and each
     * of its records is stored in a transaction of its own, so a bad record is reported
     * alone and every good one is kept, whole.
     */
    private final class StoringSink implements RecordSink {
        private final ImportReport report;
        private final List<ParsedRecord> batch = new ArrayList<>();

        StoringSink(ImportReport report) {
            this.report = report;
        }

        @Override
        public void accept(ParsedRecord record) {
            batch.add(record);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        /** Stores what is buffered. */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<RecordResult> stored = null;
            if (batch.size() > 1) {
                try {
                    stored = db.inTransaction(s -> RecordStore.store(s, batch, bulkNewStudies));
                } catch (JDBCConnectionException e) {
                    throw lost(e);
                } catch (PersistenceException e) {
                    stored = null;
                }
            }
            if (stored == null) {
                stored = batch.stream().map(this::storeAlone).toList();
            }
            stored.forEach(this::done);
            batch.clear();
        }

        private RecordResult storeAlone(ParsedRecord record) {
            try {
                return db.inTransaction(s -> RecordStore.store(s, List.of(record), bulkNewStudies)).get(0);
            } catch (JDBCConnectionException e) {
                throw lost(e);
            } catch (PersistenceException e) {
                return RecordResult.rejected(Problem.at(record.source(), record.line(), "not stored: " + rootMessage(e)));
            }
        }

        private void done(RecordResult r) {
            report.add(r);
            listener.recordDone(r);
        }

        @Override
        public void reject(Problem problem) {
            flush();
            ImportService.this.reject(report, problem);
        }

        @Override
        public void warn(Problem problem) {
            report.warn(problem);
        }
    }

    private static DatabaseException lost(JDBCConnectionException e) {
        return new DatabaseException("lost the database connection: " + rootMessage(e), e);
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
