package org.clinicite.bench.imports;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The goals, checked: parse MB/s, import into PostgreSQL against the COPY ceiling. */
final class Ratios {
    private Ratios() {
    }

    static void print(PrintStream out, List<PhaseResult> results, long fileBytes) {
        out.println();
        out.println(String.format(Locale.ROOT, "file: %.1f MB (%s MiB)", fileBytes / 1e6, FigureTable.mib(fileBytes)));
        find(results, "parse only").ifPresent(p -> out.println(String.format(Locale.ROOT,
                "parse: %.1f MB/s (goal >= 50)", p.megabytesPerSecond())));
        Optional<PhaseResult> copy = find(results, "COPY, same tables with FKs");
        Optional<PhaseResult> parse = find(results, "parse only");
        if (copy.isEmpty()) {
            return;
        }
        double copyPer100k = copy.get().secondsPer100k();
        results.stream().filter(r -> r.name().startsWith("import into PostgreSQL") && r.records() > 0).forEach(pg -> {
            double pgPer100k = pg.secondsPer100k();
            out.println(String.format(Locale.ROOT, "%s / COPY: %.1f x (goal <= 3)%s", pg.name(), pgPer100k / copyPer100k,
                    parse.map(p -> String.format(Locale.ROOT, "; / (parse + COPY): %.1f x",
                            pgPer100k / (p.secondsPer100k() + copyPer100k))).orElse("")));
        });
    }

    private static Optional<PhaseResult> find(List<PhaseResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name) && r.records() > 0).findFirst();
    }
}
