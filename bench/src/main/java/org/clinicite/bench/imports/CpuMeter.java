package org.clinicite.bench.imports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of a phase, which a busy machine does not inflate the way it does wall-clock
 * time: this JVM's (all threads, GC included) and, for PostgreSQL, that of the server
 * backends connected to the benchmark database (read from {@code /proc/PID/stat}, so only
 * when the server runs on this machine; otherwise -1).
 */
final class CpuMeter {
    /** USER_HZ: the unit of /proc/PID/stat's times on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final PgSchemas pg;
    private final long jvmStart;
    private final Map<Integer, Long> pgStart;

    private CpuMeter(PgSchemas pg) {
        this.pg = pg;
        this.pgStart = pg == null ? Map.of() : backendTicks(pg);
        this.jvmStart = os.getProcessCpuTime();
    }

    /** Starts measuring; {@code pg} null for a phase without PostgreSQL. */
    static CpuMeter start(PgSchemas pg) {
        return new CpuMeter(pg);
    }

    Cpu stop() {
        double jvm = (os.getProcessCpuTime() - jvmStart) / 1e9;
        if (pg == null) {
            return new Cpu(jvm, -1);
        }
        Map<Integer, Long> end = backendTicks(pg);
        long ticks = 0;
        for (Map.Entry<Integer, Long> e : end.entrySet()) {
            ticks += e.getValue() - pgStart.getOrDefault(e.getKey(), 0L);
        }
        return new Cpu(jvm, end.isEmpty() ? -1 : ticks / TICKS_PER_SECOND);
    }

    /** utime + stime of every other backend connected to the database, by pid. */
    private static Map<Integer, Long> backendTicks(PgSchemas pg) {
        Map<Integer, Long> out = new HashMap<>();
        try (Connection c = pg.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                Path stat = Path.of("/proc", Integer.toString(rs.getInt(1)), "stat");
                if (Files.isReadable(stat)) {
                    out.put(rs.getInt(1), ticks(Files.readString(stat)));
                }
            }
        } catch (SQLException | IOException e) {
            return Map.of();
        }
        return out;
    }

    /** Fields 14 and 15 (utime, stime), counted after the command name's closing parenthesis. */
    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** CPU seconds of this JVM and of the PostgreSQL backends (-1: not measured). */
    record Cpu(double jvm, double db) {
        static final Cpu NONE = new Cpu(-1, -1);
    }
}
