package org.clinicite.bench.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: cores, JVM, and how busy the machine was (other processes share the cores). */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + FigureTable.mib(Runtime.getRuntime().maxMemory()) + " MiB";
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown". */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
