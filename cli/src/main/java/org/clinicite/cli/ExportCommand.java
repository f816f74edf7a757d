package org.clinicite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicite.citation.export.ExportFormat;
import org.clinicite.citation.export.Exporter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite export}: studies to BibTeX, RIS, CSL-JSON or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export studies (by query or ids) to BibTeX, RIS, CSL-JSON (lossless: clinicite reads it back) or CSV.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Parameters(paramLabel = "QUERY", description = "A search query; every matching study is exported")
        String query;

        @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Study ids, DOIs, pmid:NNN or NCT numbers")
        List<String> ids;
    }

    @Option(names = "--to", required = true, paramLabel = "bibtex|ris|csljson|csv", description = "Export format")
    String to;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout")
    Path output;

    @Option(names = "--limit", defaultValue = "100000", description = "With a query: at most this many studies")
    int limit;

    @Override
    public Integer call() throws IOException {
        ExportFormat format = ExportFormat.parse(to);
        PrintWriter err = spec.commandLine().getErr();
        List<JsonNode> items;
        try (AppContext app = AppContext.of(global, root.global)) {
            items = StudySelection.items(app, selection.query, selection.ids, limit, true, err);
        }
        if (items.isEmpty()) {
            throw new BadInputException("nothing to export: no study matched");
        }
        if (output == null) {
            Exporter.of(format).write(items, spec.commandLine().getOut());
        } else {
            writeAtomically(format, items);
            err.println("exported " + items.size() + " studies to " + output);
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** Writes a temporary file beside the target and moves it into place: never half a file. */
    private void writeAtomically(ExportFormat format, List<JsonNode> items) throws IOException {
        Path target = output.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".clinicite-export", ".tmp");
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                Exporter.of(format).write(items, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
