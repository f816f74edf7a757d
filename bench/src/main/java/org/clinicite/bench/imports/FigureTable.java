package org.clinicite.bench.imports;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The benchmark's result table on stdout, one row per phase, markdown so it can go into the README. */
final class FigureTable {
    private FigureTable() {
    }

    static void print(PrintStream out, List<PhaseResult> rows) {
        out.println("| phase | records | s | records/s | MB/s | s per 100k | CPU s (JVM / PG) | peak heap MiB (used / after GC) | note |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (PhaseResult r : rows) {
            out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %.1f | %s | %s | %s |", r.name(), r.records(),
                    r.seconds(), r.records() > 0 ? String.format(Locale.ROOT, "%.0f", r.recordsPerSecond()) : "",
                    r.bytes() > 0 ? String.format(Locale.ROOT, "%.1f", r.megabytesPerSecond()) : "",
                    r.secondsPer100k(), cpu(r.cpu()), heap(r.heap()), r.note() == null ? "" : r.note()));
        }
    }

    private static String cpu(CpuMeter.Cpu c) {
        if (c == null || c.jvm() < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f", c.jvm()) + (c.db() >= 0 ? String.format(Locale.ROOT, " / %.1f", c.db()) : "");
    }

    private static String heap(HeapSampler.HeapPeak h) {
        if (h == null) {
            return "";
        }
        return mib(h.used()) + " / " + (h.afterGc() > 0 ? mib(h.afterGc()) : "no GC");
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
    }
}
