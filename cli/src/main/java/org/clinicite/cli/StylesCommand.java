package org.clinicite.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicite.citation.StyleCatalog;
import org.clinicite.citation.StyleInfo;
import org.clinicite.core.json.StudyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clinicite styles [--match TEXT]}: the bundled CSL styles. */
@Command(name = "styles", mixinStandardHelpOptions = true, description = "List the bundled CSL citation styles (id and title).")
final class StylesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--match", paramLabel = "TEXT", description = "Only styles whose id or title contains TEXT")
    String match;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StyleCatalog catalog = StyleCatalog.bundled();
        List<StyleInfo> styles = match == null ? catalog.all() : catalog.find(match);
        if (json) {
            ArrayNode arr = StudyJson.MAPPER.createArrayNode();
            for (StyleInfo s : styles) {
                arr.addObject().put("id", s.id()).put("title", s.title()).put("dependent", s.dependent())
                        .put("parent", s.parentId());
            }
            Json.print(out, arr);
        } else {
            styles.forEach(s -> out.printf("%-50s %s%n", s.id(), s.title()));
            out.flush();
        }
        return styles.isEmpty() && match != null ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
