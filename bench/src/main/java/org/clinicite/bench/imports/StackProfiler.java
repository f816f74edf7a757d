package org.clinicite.bench.imports;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A wall-clock sampler of one thread (the importing one): every few milliseconds it takes
 * the thread's stack and counts it under "step / activity" (see {@link StackClassifier}).
 * A sample's share times the phase's time is the time spent there, waiting included.
 */
final class StackProfiler implements AutoCloseable {
    private static final long PERIOD_MS = 7;
    private static final int TOP_SELF = 15;

    private final Thread target;
    private final Thread sampler;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    /** Innermost frames (self time), to see what the JVM part is. */
    private final Map<String, AtomicLong> selfFrames = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private volatile boolean running = true;

    private StackProfiler(Thread target) {
        this.target = target;
        this.sampler = new Thread(this::loop, "stack-profiler");
        this.sampler.setDaemon(true);
    }

    static StackProfiler of(Thread target) {
        StackProfiler p = new StackProfiler(target);
        p.sampler.start();
        return p;
    }

    private void loop() {
        while (running) {
            StackTraceElement[] stack = target.getStackTrace();
            if (stack.length > 0) {
                counts.computeIfAbsent(StackClassifier.classify(stack), k -> new AtomicLong()).incrementAndGet();
                String self = stack[0].getClassName() + "." + stack[0].getMethodName();
                selfFrames.computeIfAbsent(self, k -> new AtomicLong()).incrementAndGet();
                total.incrementAndGet();
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** One line per "step / activity", largest first, with its share and its seconds of {@code phaseSeconds}; then the top self frames. */
    void print(PrintStream out, String title, double phaseSeconds, long records) {
        long n = Math.max(1, total.get());
        out.println(title + " (" + total.get() + " stack samples, wall clock)");
        out.println("     share   seconds   ms per 1000 records   step / activity");
        top(counts, 1000).forEach(e -> line(out, e, n, phaseSeconds, records));
        out.println("  top innermost frames:");
        top(selfFrames, 100).limit(TOP_SELF).forEach(e -> line(out, e, n, phaseSeconds, records));
    }

    /** Entries of at least 1/{@code per} of all samples, largest first. */
    private java.util.stream.Stream<Map.Entry<String, AtomicLong>> top(Map<String, AtomicLong> m, int per) {
        long n = Math.max(1, total.get());
        return m.entrySet().stream().filter(e -> e.getValue().get() * per >= n)
                .sorted(Map.Entry.comparingByValue(Comparator.comparingLong(AtomicLong::get).reversed()));
    }

    private static void line(PrintStream out, Map.Entry<String, AtomicLong> e, long n, double seconds, long records) {
        double share = e.getValue().get() / (double) n;
        out.println(String.format(Locale.ROOT, "  %6.1f %%  %7.1f s  %10.1f ms/1k  %s", share * 100, share * seconds,
                share * seconds * 1e6 / Math.max(1, records), e.getKey()));
    }
}
