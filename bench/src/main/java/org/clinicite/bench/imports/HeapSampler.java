package org.clinicite.bench.imports;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use during one phase, in this JVM: the peak of used heap sampled every few
 * milliseconds (includes garbage not yet collected, so it follows the young generation's
 * size), and the peak of heap used right after each collection (the live set plus the
 * old generation's uncollected garbage: the figure that grows when something is retained).
 */
final class HeapSampler implements AutoCloseable, NotificationListener {
    private static final long PERIOD_MS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapSampler() {
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
    }

    /** Collects once (so each phase starts from its own baseline) and starts sampling. */
    static HeapSampler start() {
        System.gc();
        HeapSampler s = new HeapSampler();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(s, null, null);
                s.emitters.add(e);
            }
        }
        s.sampler.start();
        return s;
    }

    private void sample() {
        while (running) {
            peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    /** Stops sampling; returns the peaks in bytes. */
    HeapPeak stop() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // registered in start(); nothing to undo
            }
        }
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new HeapPeak(peakUsed.get(), peakAfterGc.get());
    }

    @Override
    public void close() {
        stop();
    }

    /** Peak used heap (sampled) and peak heap after a collection, in bytes; 0 when no collection ran. */
    record HeapPeak(long used, long afterGc) {
    }
}
