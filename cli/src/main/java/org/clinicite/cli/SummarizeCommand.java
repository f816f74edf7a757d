package org.clinicite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicite.core.json.StudyJson;
import org.clinicite.evidence.ForestPlot;
import org.clinicite.evidence.OutcomeGroup;
import org.clinicite.evidence.StudiesPerYearChart;
import org.clinicite.evidence.Summary;
import org.clinicite.evidence.SummaryCsv;
import org.clinicite.evidence.SummaryJson;
import org.clinicite.evidence.SummaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite summarize QUERY}: outcome table, pooled proportions, forest plot. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Outcome lines of the matching studies with Wilson 95% CIs, and per comparable outcome group a "
                + "pooled proportion (random effects: logit, DerSimonian-Laird, with tau^2 and I^2).",
            "Studies without numeric outcomes are listed as such."})
final class SummarizeCommand implements Callable<Integer> {
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

    @Option(names = "--csv", description = "CSV output")
    boolean csv;

    @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png", description = "Draw the forest plot of the largest outcome group")
    Path plot;

    @Option(names = "--group", paramLabel = "KIND", description = "With --plot: the outcome group to draw (its kind key, see --json)")
    String group;

    @Option(names = "--years-plot", paramLabel = "FILE.svg|FILE.png", description = "Draw studies per year by substance")
    Path yearsPlot;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many studies. Default: 1000")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String q = String.join(" ", query);
        try (AppContext app = AppContext.of(global, root.global)) {
            Summary summary = StudySelection.withStudies(app, q, null, limit, err, studies -> {
                Summary s = Summary.of(studies, (st, i) -> String.valueOf(st.getId()), 0.95);
                if (yearsPlot != null) {
                    write(() -> StudiesPerYearChart.of("Studies per year: " + q, studies).write(yearsPlot), yearsPlot, err);
                }
                return s;
            });
            if (plot != null) {
                OutcomeGroup g = chooseGroup(summary);
                write(() -> ForestPlot.of(g).write(plot), plot, err);
            }
            print(out, summary);
        }
        return ExitCodes.OK;
    }

    private OutcomeGroup chooseGroup(Summary summary) {
        if (summary.groups().isEmpty()) {
            throw new BadInputException("no numeric outcomes among the matching studies: nothing to plot");
        }
        if (group == null) {
            return summary.groups().get(0);
        }
        return summary.groups().stream().filter(g -> g.kind().key().equals(group)).findFirst()
                .orElseThrow(() -> new UsageException("no outcome group '" + group + "'; groups: "
                        + summary.groups().stream().map(g -> g.kind().key()).toList()));
    }

    private void print(PrintWriter out, Summary summary) {
        try {
            if (json) {
                out.println(StudyJson.MAPPER.writeValueAsString(SummaryJson.toJson(summary)));
            } else if (csv) {
                SummaryCsv.write(summary, out);
            } else {
                SummaryText.write(summary, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private static void write(Drawing d, Path file, PrintWriter err) {
        try {
            d.draw();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        err.println("wrote " + file);
        err.flush();
    }
}
