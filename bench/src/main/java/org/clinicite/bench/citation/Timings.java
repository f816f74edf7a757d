package org.clinicite.bench.citation;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/** Measured figures of one benchmark side. */
final class Timings {
    /** CPU time of the whole process (all threads, GC included), as node's process.cpuUsage() counts it. */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Medians of the measured runs (ms, wall-clock and process CPU time), and how many entries a run gave. */
    record Run(double median, double cpuMedian, int entries) {
    }

    /** Per style: {first build in this JVM (ms), warm build (ms)}. */
    final List<double[]> load = new ArrayList<>();
    /** Per (size, style), in that order. */
    final List<Run> bibliography = new ArrayList<>();

    /** Runs {@code work} warm-up times unmeasured, then {@code measured} times; the median. */
    static Run time(IntSupplier work, int warmUp, int measured) {
        int entries = 0;
        for (int i = 0; i < warmUp; i++) {
            entries = work.getAsInt();
        }
        double[] runs = new double[measured];
        double[] cpu = new double[measured];
        for (int i = 0; i < measured; i++) {
            long cpuStart = OS.getProcessCpuTime();
            long start = System.nanoTime();
            entries = work.getAsInt();
            runs[i] = CitationBenchmark.millis(start);
            cpu[i] = (OS.getProcessCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(runs);
        Arrays.sort(cpu);
        return new Run(runs[measured / 2], cpu[measured / 2], entries);
    }
}
