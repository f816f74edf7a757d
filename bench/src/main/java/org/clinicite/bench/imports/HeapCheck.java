package org.clinicite.bench.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Heap flatness: the parse phase in a child JVM with a small {@code -Xmx}, one run per file
 * size. Flat means the peak after a collection stays the same from 10k to 1M records.
 */
final class HeapCheck {
    private final String xmx;
    private final Duration limit;

    HeapCheck(String xmx, Duration limit) {
        this.xmx = xmx;
        this.limit = limit;
    }

    PhaseResult run(Path xml, int records) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx" + xmx, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), ChildParse.class.getName(), xml.toString(),
                Long.toString(limit.toMinutes())));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        if (!p.waitFor(limit.toMinutes() + 1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new PhaseResult("parse, child -Xmx" + xmx + ", " + records, 0, 0, 0, null, CpuMeter.Cpu.NONE,
                    "child JVM killed: timeout");
        }
        if (p.exitValue() != 0 || line == null) {
            return new PhaseResult("parse, child -Xmx" + xmx + ", " + records, 0, 0, 0, null, CpuMeter.Cpu.NONE,
                    "child JVM failed, exit " + p.exitValue());
        }
        return result(records, line.strip().split(" "));
    }

    private PhaseResult result(int records, String[] f) {
        long used = Long.parseLong(f[3]);
        long afterGc = Long.parseLong(f[4]);
        String note = "child JVM (max heap " + FigureTable.mib(Long.parseLong(f[5])) + " MiB): peak used "
                + FigureTable.mib(used) + " MiB, peak after GC " + FigureTable.mib(afterGc) + " MiB";
        return new PhaseResult("parse, child -Xmx" + xmx + " (" + records + " generated)", Long.parseLong(f[0]),
                Double.parseDouble(f[1]), Long.parseLong(f[2]), null, new CpuMeter.Cpu(Double.parseDouble(f[6]), -1), note);
    }
}
