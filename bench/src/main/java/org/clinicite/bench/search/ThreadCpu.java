package org.clinicite.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind (indexing, JIT compiler, garbage collector,
 * Lucene merges, the rest), from Linux's per-thread scheduler statistics
 * ({@code /proc/self/task/<tid>/schedstat}: nanoseconds on a CPU; {@code comm}: the thread's
 * name, cut at 15 characters), which also sees the JVM's own threads. Empty elsewhere.
 */
final class ThreadCpu {
    private final Map<String, Long> nanos = new TreeMap<>();

    /** Adds what each kind of thread used between two snapshots. */
    void add(Map<String, Long> before, Map<String, Long> after) {
        after.forEach((kind, n) -> nanos.merge(kind, n - before.getOrDefault(kind, 0L), Long::sum));
    }

    /** CPU nanoseconds so far per kind of thread (threads that ended are not counted). */
    static Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    long ns = Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]);
                    out.merge(kind(name), ns, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    static String kind(String name) {
        if (name.startsWith("clinicite-index") || name.startsWith("peer-index")) {
            return "indexing";
        }
        if (name.contains("CompilerThre")) {
            return "compiler";
        }
        if (name.startsWith("G1 ") || name.startsWith("GC Thread") || name.equals("VM Thread")) {
            return "gc";
        }
        if (name.startsWith("Lucene Merge")) {
            return "merges";
        }
        return "other";
    }

    /** e.g. "indexing 98.1, compiler 11.0, gc 3.2, other 1.0 CPU-s"; empty if nothing was measured. */
    String summary() {
        if (nanos.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f", e.getKey(),
                    e.getValue() / 1e9));
        });
        return sb.append(" CPU-s").toString();
    }
}
