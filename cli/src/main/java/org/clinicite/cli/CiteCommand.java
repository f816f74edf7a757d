package org.clinicite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicite.citation.Bibliography;
import org.clinicite.citation.CitationFormatter;
import org.clinicite.citation.OutputFormat;
import org.clinicite.core.json.StudyJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite cite}: a bibliography (or in-text citations) in any CSL style. */
@Command(name = "cite", mixinStandardHelpOptions = true,
        description = "Format studies as a bibliography in a CSL style (by query, by ids, or from a CSL-JSON file).")
final class CiteCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Parameters(paramLabel = "QUERY", description = "A search query; every matching study is cited")
        String query;

        @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Study ids (as search prints them), DOIs, pmid:NNN or NCT numbers")
        List<String> ids;

        @Option(names = "--input", paramLabel = "CSL_JSON_FILE", description = "Format the items of a CSL-JSON file without storing them")
        Path input;
    }

    @Option(names = "--style", defaultValue = "apa", paramLabel = "ID|FILE.csl",
            description = "CSL style id (see 'clinicite styles --match TEXT') or a .csl file. Default: apa")
    String style;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|html|rtf", description = "Output format. Default: text")
    String format;

    @Option(names = "--locale", defaultValue = "en-US", paramLabel = "LOCALE", description = "CSL locale. Default: en-US")
    String locale;

    @Option(names = "--citations", description = "Print the in-text citation of each item instead of the bibliography")
    boolean citations;

    @Option(names = "--with-evidence", description = "After each entry, the study's design, n and outcome lines")
    boolean withEvidence;

    @Option(names = "--limit", defaultValue = "100", description = "With a query: cite at most this many studies. Default: 100")
    int limit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        OutputFormat outputFormat = OutputFormat.parse(format);
        List<JsonNode> items = items();
        if (items.isEmpty()) {
            throw new BadInputException("nothing to cite: no study matched");
        }
        CitationFormatter formatter = new CitationFormatter();
        if (citations) {
            formatter.citations(items, style, outputFormat, locale).forEach(out::println);
        } else {
            Bibliography b = formatter.format(items, style, outputFormat, locale);
            if (withEvidence) {
                Evidence.print(out, b, items, outputFormat);
            } else {
                out.print(b.text());
                if (!b.text().endsWith("\n")) {
                    out.println();
                }
            }
            b.errors().forEach(e -> spec.commandLine().getErr().println("warning: " + e));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<JsonNode> items() throws IOException {
        if (selection.input != null) {
            if (!Files.isRegularFile(selection.input)) {
                throw new BadInputException(selection.input + ": no such file");
            }
            JsonNode root;
            try {
                root = StudyJson.MAPPER.readTree(selection.input.toFile());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new BadInputException(selection.input + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                        + e.getOriginalMessage());
            }
            List<JsonNode> list = new ArrayList<>();
            if (root != null && root.isArray()) {
                root.forEach(list::add);
            } else if (root != null && root.isObject()) {
                list.add(root);
            }
            return list;
        }
        try (AppContext app = AppContext.of(global, root.global)) {
            return StudySelection.items(app, selection.query, selection.ids, limit, withEvidence,
                    spec.commandLine().getErr());
        }
    }
}
