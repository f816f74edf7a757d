package org.clinicite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicite.importer.ImportListener;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.ImportReportJson;
import org.clinicite.importer.ImportService;
import org.clinicite.importer.Importers;
import org.clinicite.importer.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite import PATH...}: read, merge and store records; update the search index. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import news write-ups and study records; merges duplicates, stores each record whole or not at all.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files to import")
    List<Path> paths;

    @Option(names = "--format", defaultValue = Importers.AUTO, paramLabel = "FORMAT",
            description = "auto (detect), or an importer id: news, pubmed, nbib, ctgov, ris, bibtex, csljson")
    String format;

    @Option(names = "--json", description = "Print the import report as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = AppContext.of(global, root.global)) {
            Importers importers = Importers.standard(app.vocabulary());
            if (!Importers.AUTO.equalsIgnoreCase(format) && importers.byId(format).isEmpty()) {
                throw new UsageException("unknown format '" + format + "'; known: auto, " + importers.ids());
            }
            ImportReport report = new ImportService(app.database(), importers, new Progress(err)).importFiles(paths, format);
            SearchSupport.catchUp(app, err);
            if (json) {
                Json.print(out, ImportReportJson.toJson(report));
            } else {
                printReport(out, report);
            }
            report.rejections().forEach(r -> err.println(r.problem()));
            report.warnings().forEach(w -> err.println("warning: " + w));
            if (report.warningsLeftOut() > 0) {
                err.println("(" + report.warningsLeftOut() + " more warnings)");
            }
            err.flush();
            return report.hasRejections() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }

    private static void printReport(PrintWriter out, ImportReport report) {
        for (RecordResult r : report.results()) {
            if (r.outcome() != ImportOutcome.REJECTED) {
                out.printf("%-9s study %d  %s%n", r.outcome().name().toLowerCase(java.util.Locale.ROOT), r.studyId(),
                        r.title() == null ? "(untitled)" : r.title());
            }
        }
        if (report.resultsLeftOut() > 0) {
            out.printf("(%d more records counted, not listed)%n", report.resultsLeftOut());
        }
        out.println(report.summary());
        out.flush();
    }

    /** Progress on stderr: one line per file, and a count every 1,000 records. */
    private static final class Progress implements ImportListener {
        private final PrintWriter err;
        private long records;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void fileStarted(Path file, String format) {
            err.println("importing " + file + " (" + format + ")");
            err.flush();
        }

        @Override
        public void recordDone(RecordResult result) {
            if (++records % 1000 == 0) {
                err.println("  " + records + " records");
                err.flush();
            }
        }
    }
}
