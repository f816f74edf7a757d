package org.clinicite.bench.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.pubmed.PubmedXmlImporter;

/**
 * The COPY peer: a parse pass writes the rows the import would store as CSV files
 * ({@link CsvRows}), then {@link CopyPeer} loads them into {@code copy_peer}, first with
 * clinicite's foreign keys (the same shape as the import's tables), then without.
 */
final class CopyPhase {
    private final Vocabulary vocabulary;
    private final Duration limit;
    private final PgSchemas schemas;
    private final PrintStream err;

    CopyPhase(Vocabulary vocabulary, Duration limit, PgSchemas schemas, PrintStream err) {
        this.vocabulary = vocabulary;
        this.limit = limit;
        this.schemas = schemas;
        this.err = err;
    }

    /** [parse to CSV, COPY with foreign keys, COPY without]. */
    List<PhaseResult> run(Path xml, Path dir) throws IOException, SQLException {
        Path csvDir = Files.createDirectories(dir.resolve("copy-csv"));
        List<PhaseResult> out = new ArrayList<>();
        CsvRows rows = new CsvRows(csvDir, new Deadline(limit));
        CpuMeter cpu = CpuMeter.start(null);
        long t0 = System.nanoTime();
        try (rows) {
            new PubmedXmlImporter(vocabulary).read(xml, rows);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long studies = rows.tables().get(1).rows;
        out.add(new PhaseResult("parse → CSV (COPY input)", studies, seconds, Files.size(xml), null, cpu.stop(),
                csvSizes(rows)));
        out.add(copy(rows, true, "COPY, same tables with FKs"));
        out.add(copy(rows, false, "COPY, same tables without FKs"));
        return out;
    }

    private PhaseResult copy(CsvRows rows, boolean foreignKeys, String name) throws SQLException, IOException {
        err.println(name + " ...");
        schemas.createCopySchema(foreignKeys);
        HeapSampler heap = HeapSampler.start();
        RowCounts counts;
        double s;
        CpuMeter.Cpu used;
        try (Connection c = schemas.connect()) {
            CpuMeter cpu = CpuMeter.start(schemas);
            s = new CopyPeer(err).load(c, rows.tables());
            used = cpu.stop();
            counts = RowCounts.of(c, PgSchemas.COPY_SCHEMA + ".");
        }
        HeapSampler.HeapPeak peak = heap.stop();
        long total = rows.tables().stream().mapToLong(t -> t.rows).sum();
        return new PhaseResult(name, counts.studies(), s, 0, peak, used, "loaded " + counts + " (" + total + " rows in all, "
                + "with journals)");
    }

    private static String csvSizes(CsvRows rows) throws IOException {
        long bytes = 0;
        for (CsvTable t : rows.tables()) {
            bytes += Files.size(t.file);
        }
        return "CSV files " + FigureTable.mib(bytes) + " MiB";
    }
}
