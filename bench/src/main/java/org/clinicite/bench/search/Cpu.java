package org.clinicite.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time, beside wall-clock time: the machine is shared, and when other processes take
 * the cores, CPU time still says how much work a step needed.
 */
final class Cpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Cpu() {
    }

    /** CPU nanoseconds of this process so far (all threads), or 0 if the JVM cannot tell. */
    static long process() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    /** CPU nanoseconds of the calling thread so far. */
    static long thread() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * CPU nanoseconds so far of the calling thread and of the index's search threads
     * ({@code clinicite-search}, which take slices of a query beside the caller): all of a
     * Lucene search's work. The threads are looked up once they exist (the pool is fixed).
     */
    static long searching() {
        long sum = THREADS.getCurrentThreadCpuTime();
        for (long id : searchThreads()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    private static long[] searchThreadIds;

    private static synchronized long[] searchThreads() {
        if (searchThreadIds == null || searchThreadIds.length == 0) {
            searchThreadIds = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("clinicite-search")).mapToLong(Thread::getId).toArray();
        }
        return searchThreadIds;
    }
}
