package org.clinicite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicite.core.json.StudyJson;
import org.clinicite.evidence.CoverageJson;
import org.clinicite.evidence.CoverageText;
import org.clinicite.evidence.CoverageView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite coverage QUERY}: the write-ups of each study and whether their numbers agree. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "For each matching study, the write-ups that cover it (outlet, date) and whether each number they state agrees.")
final class CoverageCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined)")
    List<String> query;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many studies. Default: 1000")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = AppContext.of(global, root.global)) {
            String text = StudySelection.withStudies(app, String.join(" ", query), null, limit,
                    spec.commandLine().getErr(), studies -> render(CoverageView.of(studies, (st, i) -> String.valueOf(st.getId()))));
            out.print(text);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private String render(CoverageView view) {
        try {
            return json ? StudyJson.MAPPER.writeValueAsString(CoverageJson.toJson(view)) + "\n" : CoverageText.render(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
