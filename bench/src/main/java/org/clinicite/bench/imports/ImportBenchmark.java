package org.clinicite.bench.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.pubmed.PubmedXmlGenerator;

/**
 * PubMed XML import benchmark (bench/README.md, "Import"): generates a seeded file, then
 * the bare StAX scan and parse only, import into H2, import into PostgreSQL, the COPY ceiling of the same rows,
 * and the parse phase in a small child JVM per file size for heap flatness. Figures on
 * stdout as a markdown table, progress (and, with {@code --profile}, where the import's
 * time goes) on stderr.
 */
public final class ImportBenchmark {
    private final ImportOptions options;
    private final PrintStream err = System.err;
    private final Vocabulary vocabulary = Vocabulary.shipped();
    private final List<PhaseResult> results = new ArrayList<>();

    private ImportBenchmark(ImportOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new ImportBenchmark(ImportOptions.parse(args)).run();
    }

    private void run() throws IOException, SQLException, InterruptedException {
        Files.createDirectories(options.dir());
        String loadAtStart = Machine.load();
        Path xml = generate(options.records());
        if (options.runs("parse")) {
            phase("StAX scan only", () -> results.add(StaxScanPhase.run(xml)));
            phase("parse only", () -> results.add(ParsePhase.run("parse only", vocabulary, xml,
                    options.phaseTimeout(), options.profile() ? err : null)));
        }
        DbImportPhase db = new DbImportPhase(vocabulary, options.phaseTimeout(), options.batch(), options.profile(), err);
        if (options.runs("h2")) {
            Path h2 = Files.createDirectories(options.dir().resolve("h2"));
            Files.deleteIfExists(h2.resolve(DatabaseConfig.H2_FILE + ".mv.db"));
            phase("import into H2", () -> results.add(db.run("import into H2", DatabaseConfig.embedded(h2), null, xml,
                    true)));
        }
        if (options.runs("h2-orm")) {
            Path h2 = Files.createDirectories(options.dir().resolve("h2-orm"));
            Files.deleteIfExists(h2.resolve(DatabaseConfig.H2_FILE + ".mv.db"));
            phase("import into H2, Hibernate only", () -> results.add(db.run("import into H2, Hibernate only",
                    DatabaseConfig.embedded(h2), null, xml, false)));
        }
        PgSchemas pg = new PgSchemas(options.pgUrl());
        if (options.runs("pg")) {
            pg.resetPublic();
            phase("import into PostgreSQL", () -> results.add(db.run("import into PostgreSQL",
                    new DatabaseConfig(options.pgUrl(), null, null), pg, xml, true)));
        }
        if (options.runs("pg-orm")) {
            pg.resetPublic();
            phase("import into PostgreSQL, Hibernate only", () -> results.add(db.run(
                    "import into PostgreSQL, Hibernate only", new DatabaseConfig(options.pgUrl(), null, null), pg, xml,
                    false)));
        }
        if (options.runs("copy")) {
            phase("COPY peer", () -> results.addAll(new CopyPhase(vocabulary, options.phaseTimeout(), pg, err)
                    .run(xml, options.dir())));
        }
        if (options.runs("heap")) {
            heapChecks(xml);
        }
        FigureTable.print(System.out, results);
        Ratios.print(System.out, results, Files.size(xml));
        System.out.println(Machine.describe() + "; load average at start " + loadAtStart + ", at end " + Machine.load());
        if (!options.keep()) {
            Files.deleteIfExists(xml);
        }
    }

    private void heapChecks(Path main) throws IOException, InterruptedException {
        HeapCheck check = new HeapCheck(options.childXmx(), options.phaseTimeout());
        for (int n : options.heapRecords()) {
            Path xml = n == options.records() ? main : generate(n);
            phase("heap check, " + n + " records", () -> results.add(check.run(xml, n)));
            if (!xml.equals(main) && !options.keep()) {
                Files.deleteIfExists(xml);
            }
        }
    }

    /** The seeded file of {@code n} records, reused when a previous run left it. */
    private Path generate(int n) throws IOException {
        Path xml = options.dir().resolve("pubmed-" + n + "-seed" + options.seed() + ".xml");
        if (Files.exists(xml)) {
            err.println("reusing " + xml + " (" + FigureTable.mib(Files.size(xml)) + " MiB)");
            return xml;
        }
        err.println("generating " + n + " records into " + xml + " ...");
        Path tmp = xml.resolveSibling(xml.getFileName() + ".part");
        long t0 = System.nanoTime();
        new PubmedXmlGenerator(options.seed()).writeRecords(tmp, n);
        Files.move(tmp, xml);
        err.println(String.format(Locale.ROOT, "  %s MiB in %.1f s", FigureTable.mib(Files.size(xml)),
                (System.nanoTime() - t0) / 1e9));
        return xml;
    }

    private void phase(String name, Step step) {
        err.println("== " + name);
        try {
            step.run();
        } catch (Exception e) {
            err.println("  " + name + " failed: " + e);
            results.add(new PhaseResult(name, 0, 0, 0, null, CpuMeter.Cpu.NONE, "failed: " + e.getMessage()));
        }
        PhaseResult last = results.isEmpty() ? null : results.get(results.size() - 1);
        if (last != null) {
            err.println(String.format(Locale.ROOT, "  %s: %d records in %.1f s", last.name(), last.records(),
                    last.seconds()));
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
