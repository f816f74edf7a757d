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

    /** CPU nanoseconds of the calling thread so far (Lucene searches on the caller's thread). */
    static long thread() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
