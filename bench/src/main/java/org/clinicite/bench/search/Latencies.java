package org.clinicite.bench.search;

import java.util.Arrays;

/** Latencies of repeated runs: nearest-rank percentiles, and queries per second of one client. */
final class Latencies {
    private long[] nanos = new long[64];
    private int size;

    void add(long n) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = n;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (nearest rank); NaN when empty. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double totalSeconds() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return sum / 1e9;
    }

    /** Queries per second of a single client running them back to back. */
    double qps() {
        return size == 0 ? Double.NaN : size / totalSeconds();
    }
}
