package org.clinicite.bench.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws items with fixed weights in constant time (Vose's alias method: one column, then
 * the column's item or its alias), which keeps word-by-word text generation cheap.
 * Immutable; the randomness comes from the caller's generator.
 */
final class Weighted<T> {
    private final List<T> items;
    private final double[] keep;
    private final int[] alias;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per item, and at least one item");
        }
        this.items = List.copyOf(items);
        int n = weights.length;
        this.keep = new double[n];
        this.alias = new int[n];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] scaled = new double[n];
        Deque<Integer> small = new ArrayDeque<>();
        Deque<Integer> large = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            (scaled[i] < 1 ? small : large).push(i);
        }
        while (!small.isEmpty() && !large.isEmpty()) {
            int s = small.pop();
            int l = large.pop();
            keep[s] = scaled[s];
            alias[s] = l;
            scaled[l] -= 1 - scaled[s];
            (scaled[l] < 1 ? small : large).push(l);
        }
        large.forEach(i -> keep[i] = 1);
        small.forEach(i -> keep[i] = 1); // rounding leftovers
    }

    /** Explicit weights, in the order of {@code items}. */
    static <T> Weighted<T> of(List<T> items, double... weights) {
        return new Weighted<>(items, weights);
    }

    /** Zipf-like: the item of rank r (from 1) has weight 1 / r^s, so the list's order is its popularity. */
    static <T> Weighted<T> zipf(List<T> items, double s) {
        double[] w = new double[items.size()];
        for (int r = 0; r < w.length; r++) {
            w[r] = 1.0 / Math.pow(r + 1, s);
        }
        return new Weighted<>(items, w);
    }

    T next(SplittableRandom random) {
        int column = random.nextInt(keep.length);
        return items.get(random.nextDouble() < keep[column] ? column : alias[column]);
    }
}
