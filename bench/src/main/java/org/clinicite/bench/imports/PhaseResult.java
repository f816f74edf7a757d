package org.clinicite.bench.imports;

/**
 * The figures of one phase.
 *
 * @param records  records (or rows) handled
 * @param seconds  wall-clock time
 * @param bytes    input bytes read (for MB/s), 0 when not meaningful
 * @param heap     in-process heap peaks, or null (child JVM figures are in the note)
 * @param cpu      CPU seconds of this JVM and of the PostgreSQL backends during the phase
 * @param note     what else to say (row counts, ratio, "stopped by the timeout")
 */
record PhaseResult(String name, long records, double seconds, long bytes, HeapSampler.HeapPeak heap,
        CpuMeter.Cpu cpu, String note) {
    double recordsPerSecond() {
        return seconds > 0 ? records / seconds : 0;
    }

    double megabytesPerSecond() {
        return seconds > 0 && bytes > 0 ? bytes / 1e6 / seconds : 0;
    }

    /** Seconds per 100,000 records at this phase's rate. */
    double secondsPer100k() {
        return records > 0 ? seconds * 100_000 / records : 0;
    }
}
