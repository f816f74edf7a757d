package org.clinicite.bench.search;

import java.nio.file.Path;

/**
 * Command-line options of {@link SearchBenchmark}: {@code --studies N} (100000),
 * {@code --pg-url URL} (else {@code CLINICITE_BENCH_PG_URL}, else the local default),
 * {@code --dir DIR} (bench/target/search-bench), {@code --warmup W} (3) and
 * {@code --rounds R} (20) per query, {@code --seed S} (42), {@code --threads T} (cores),
 * {@code --budget SECONDS} (60: the most one query's timed rounds may take per engine),
 * {@code --jit-warmup SECONDS} (30: Lucene alone runs the queries this long first, so the JIT
 * has compiled its code paths before anything is timed; PostgreSQL has no JIT to wait for),
 * {@code --reuse} (keep an index and table built with the same studies, seed and generator),
 * {@code --phases all|build} ({@code build}: only the Lucene build and its bare-Lucene peer,
 * no PostgreSQL and no queries).
 */
record BenchArgs(int studies, String pgUrl, Path dir, int warmup, int rounds, long seed, int threads,
        double budgetSeconds, double jitWarmupSeconds, boolean reuse, boolean buildOnly) {
    static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/clinicite_bench?user=postgres";

    static BenchArgs parse(String[] args) {
        int studies = 100_000;
        String env = System.getenv("CLINICITE_BENCH_PG_URL");
        String url = env == null || env.isBlank() ? DEFAULT_PG_URL : env;
        Path dir = Path.of("bench", "target", "search-bench");
        int warmup = 3;
        int rounds = 20;
        long seed = 42;
        int threads = Runtime.getRuntime().availableProcessors();
        double budget = 60;
        double jitWarmup = 30;
        boolean reuse = false;
        boolean buildOnly = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--reuse")) {
                reuse = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--studies" -> studies = Integer.parseInt(v.replace("_", ""));
                case "--pg-url" -> url = v;
                case "--dir" -> dir = Path.of(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--rounds" -> rounds = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--threads" -> threads = Integer.parseInt(v);
                case "--budget" -> budget = Double.parseDouble(v);
                case "--jit-warmup" -> jitWarmup = Double.parseDouble(v);
                case "--phases" -> {
                    if (!v.equals("all") && !v.equals("build")) {
                        throw new IllegalArgumentException("--phases takes all or build, not " + v);
                    }
                    buildOnly = v.equals("build");
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new BenchArgs(studies, url, dir, warmup, rounds, seed, threads, budget, jitWarmup, reuse, buildOnly);
    }

    /** What a reusable index or table must have been built from. */
    String corpusMarker() {
        return "clinicite-bench studies=" + studies + " seed=" + seed + " generator=" + CorpusGenerator.VERSION;
    }
}
