package org.clinicite.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.ClaimCheck;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Importers;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite extract PATH}: parse only, store nothing, print what import would store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Parse a file and print its records as JSON (CSL-JSON + a clinicite object); stores nothing.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "The file to read")
    Path path;

    @Option(names = "--format", defaultValue = Importers.AUTO, paramLabel = "FORMAT", description = "auto, or an importer id")
    String format;

    @Option(names = "--json", description = "JSON output (the default and only output of extract)")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Vocabulary vocabulary = AppContext.of(global, root.global).vocabulary();
        Importers importers = Importers.standard(vocabulary);
        Importer importer = choose(importers);
        if (importer == null) {
            return ExitCodes.BAD_INPUT;
        }
        Collector sink = new Collector();
        importer.read(path, sink);
        Json.print(spec.commandLine().getOut(), sink.json);
        sink.problems.forEach(p -> err.println(p));
        sink.warnings.forEach(p -> err.println("warning: " + p));
        err.flush();
        return sink.problems.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private Importer choose(Importers importers) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Importers.AUTO.equalsIgnoreCase(format)) {
            return importers.byId(format).orElseThrow(
                    () -> new UsageException("unknown format '" + format + "'; known: auto, " + importers.ids()));
        }
        String reason = !Files.exists(path) ? "no such file"
                : !Files.isRegularFile(path) ? "not a readable file"
                : Files.size(path) == 0 ? "empty file" : null;
        if (reason == null) {
            Importer i = importers.detect(path).orElse(null);
            if (i != null) {
                return i;
            }
            reason = "unrecognised format (not one of: " + importers.ids() + "); name one with --format";
        }
        err.println(Problem.ofFile(path.toString(), reason));
        err.flush();
        return null;
    }

    /** Turns records into JSON as they arrive. */
    private static final class Collector implements RecordSink {
        final ArrayNode json = StudyJson.MAPPER.createArrayNode();
        final List<Problem> problems = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();

        @Override
        public void accept(ParsedRecord r) {
            ObjectNode n = StudyJson.full(r.study(), "extract-" + (json.size() + 1));
            ObjectNode c = (ObjectNode) n.get("clinicite");
            c.remove("id");
            if (r.writeUp() != null) {
                ObjectNode w = StudyJson.writeUp(r.writeUp());
                w.set("claims", StudyJson.claimChecks(ClaimCheck.checkAll(r.writeUp(), r.study())));
                w.put("text", r.writeUp().getBody());
                ((ArrayNode) c.get("writeUps")).add(w);
            }
            ObjectNode src = ((ArrayNode) c.get("sources")).addObject();
            src.put("format", r.format());
            src.put("source", r.source());
            if (r.line() > 0) {
                src.put("line", r.line());
            }
            json.add(n);
        }

        @Override
        public void reject(Problem problem) {
            problems.add(problem);
        }

        @Override
        public void warn(Problem problem) {
            warnings.add(problem);
        }
    }
}
