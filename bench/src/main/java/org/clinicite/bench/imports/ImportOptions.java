package org.clinicite.bench.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clinicite.importer.ImportService;

/**
 * The benchmark's command line: {@code --records N --dir DIR --pg-url URL} plus
 * {@code --seed}, {@code --phases parse,h2,pg,copy,heap} (default; also {@code h2-orm,pg-orm}: the
 * import with every study written through Hibernate, for comparison), {@code --heap-records 10000,100000},
 * {@code --child-xmx 256m}, {@code --timeout-min M} (per phase), {@code --batch N} (ImportService's
 * records per transaction, default its own 200), {@code --profile} and
 * {@code --keep} (keep the generated files).
 */
record ImportOptions(int records, Path dir, String pgUrl, long seed, Set<String> phases, List<Integer> heapRecords,
        String childXmx, Duration phaseTimeout, int batch, boolean profile, boolean keep) {
    static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/clinicite_bench_import?user=postgres";
    static final List<String> ALL_PHASES = List.of("parse", "h2", "pg", "copy", "heap", "h2-orm", "pg-orm");
    /** The phases run unless --phases names others. */
    static final List<String> DEFAULT_PHASES = List.of("parse", "h2", "pg", "copy", "heap");

    static ImportOptions parse(String[] args) {
        int records = 100_000;
        Path dir = Path.of("bench/target/import-bench");
        String pg = System.getenv().getOrDefault("CLINICITE_BENCH_PG_URL", DEFAULT_PG_URL);
        long seed = 1;
        Set<String> phases = new TreeSet<>(DEFAULT_PHASES);
        List<Integer> heap = List.of(10_000, 100_000);
        String xmx = "256m";
        long timeout = 30;
        int batch = ImportService.DEFAULT_BATCH_SIZE;
        boolean profile = false;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--records" -> records = Integer.parseInt(value(args, ++i, a));
                case "--dir" -> dir = Path.of(value(args, ++i, a));
                case "--pg-url" -> pg = value(args, ++i, a);
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--phases" -> phases = phases(value(args, ++i, a));
                case "--heap-records" -> heap = ints(value(args, ++i, a));
                case "--child-xmx" -> xmx = value(args, ++i, a);
                case "--timeout-min" -> timeout = Long.parseLong(value(args, ++i, a));
                case "--batch" -> batch = Integer.parseInt(value(args, ++i, a));
                case "--profile" -> profile = true;
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown option " + a + "; see ImportOptions");
            }
        }
        return new ImportOptions(records, dir, pg, seed, phases, heap, xmx, Duration.ofMinutes(timeout), batch, profile,
                keep);
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Set<String> phases(String csv) {
        Set<String> out = new TreeSet<>(Arrays.asList(csv.split(",")));
        if (!ALL_PHASES.containsAll(out)) {
            throw new IllegalArgumentException("phases are " + ALL_PHASES + ", got " + out);
        }
        return out;
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            out.add(Integer.parseInt(s.strip()));
        }
        return out;
    }
}
