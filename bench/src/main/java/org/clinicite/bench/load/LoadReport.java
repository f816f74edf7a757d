package org.clinicite.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load check's report, from the files {@code bench/load/run} leaves in its run directory:
 * {@code wrk-*.txt} (wrk's own output followed by {@code rotate.lua}'s "key value" lines and
 * the server's CPU seconds during the run, from {@code /proc/PID/stat}: on a shared machine
 * the CPU time per request is the steadier figure),
 * {@code samples.tsv} (every ~10 s: seconds since the measurement started, server RSS in kB
 * and threads from {@code /proc/PID/status}, the 1-minute load average; read from /proc so
 * sampling starts no JVM on the loaded machine),
 * {@code gc.log} (the server's {@code -Xlog:gc}: heap after every collection) and
 * {@code heap-start.txt} / {@code heap-end.txt} ({@code jcmd GC.heap_info} after
 * {@code jcmd GC.run}, before and after the measurement).
 *
 * <p>Memory verdict: per minute of the measurement, the lowest heap after a collection (the
 * live set plus what the collector kept) and the highest RSS; a least-squares slope over the
 * last 8 minutes (fewer in a shorter run, the first 2 minutes left out as warm-up) times
 * those minutes is the growth; the memory is flat when the growth of both is under
 * max(16 MB, 10 % of their mean); a run of under 4 minutes is not judged. Prints markdown on stdout; exit 1 when there were errors or
 * non-200 responses, or the memory was not flat.
 *
 * <pre>bench/run load.LoadReport RUN_DIR MEASURE_START_UPTIME_SECONDS</pre>
 */
public final class LoadReport {
    private static final Pattern GC_LINE = Pattern.compile(
            "\\[(\\d+[.,]\\d+)s\\].*GC\\(\\d+\\) Pause (\\w+).*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) (\\d+[.,]\\d+)ms");
    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private LoadReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        double start = Double.parseDouble(args[1]);
        StringBuilder out = new StringBuilder();
        boolean ok = true;
        out.append("| run | requests/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | requests | non-200 | socket errors "
                + "| server CPU ms / request |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Path> runs;
        try (var files = Files.list(dir)) {
            runs = files.filter(p -> p.getFileName().toString().matches("wrk-.*\\.txt")).sorted().toList();
        }
        for (Path run : runs) {
            Map<String, String> k = keys(run);
            if (!k.containsKey("requests")) {
                out.append("| ").append(name(run)).append(" | (no result: see ").append(run).append(") |\n");
                ok = false;
                continue;
            }
            long socket = Long.parseLong(k.get("errors_connect")) + Long.parseLong(k.get("errors_read"))
                    + Long.parseLong(k.get("errors_write")) + Long.parseLong(k.get("errors_timeout"));
            long non200 = Long.parseLong(k.get("non_200"));
            ok &= socket == 0 && non200 == 0;
            long requests = Long.parseLong(k.get("requests"));
            String cpu = k.containsKey("server_cpu_s") && requests > 0
                    ? String.format(Locale.ROOT, "%.2f", 1000 * Double.parseDouble(k.get("server_cpu_s")) / requests) : "-";
            out.append(String.format(Locale.ROOT, "| %s | %,.1f | %s | %s | %s | %s | %s | %,d | %d | %d | %s |%n", name(run),
                    Double.parseDouble(k.get("requests_per_s")), k.get("latency_p50_ms"), k.get("latency_p90_ms"),
                    k.get("latency_p99_ms"), k.get("latency_p99.9_ms"), k.get("latency_max_ms"), requests, non200, socket,
                    cpu));
        }
        out.append('\n');
        ok &= memory(dir, start, out);
        System.out.print(out);
        System.exit(ok ? 0 : 1);
    }

    private static boolean memory(Path dir, double start, StringBuilder out) throws IOException {
        TreeMap<Integer, Double> heapMin = new TreeMap<>();
        List<Double> pauses = new ArrayList<>();
        int collections = 0;
        int full = 0;
        for (String line : Files.readAllLines(dir.resolve("gc.log"), StandardCharsets.UTF_8)) {
            Matcher m = GC_LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            double t = Double.parseDouble(m.group(1).replace(',', '.')) - start;
            if (t < 0) {
                continue;
            }
            if (line.contains("System.gc()")) {
                continue; // the forced collections around the measurement
            }
            collections++;
            if (m.group(2).equals("Full")) {
                full++;
            }
            pauses.add(Double.parseDouble(m.group(9).replace(',', '.')));
            heapMin.merge((int) (t / 60), mb(m.group(5), m.group(6)), Math::min);
        }
        TreeMap<Integer, Double> rssMax = new TreeMap<>();
        TreeMap<Integer, Double> threads = new TreeMap<>();
        List<String> load = new ArrayList<>();
        List<String> samples = Files.readAllLines(dir.resolve("samples.tsv"), StandardCharsets.UTF_8);
        for (String line : samples.subList(1, samples.size())) {
            String[] f = line.split("\t");
            int minute = (int) (Double.parseDouble(f[0]) / 60);
            rssMax.merge(minute, Double.parseDouble(f[1]) / 1024, Math::max);
            threads.merge(minute, Double.parseDouble(f[2]), Math::max);
            load.add(f[3]);
        }
        pauses.sort(null);
        out.append(String.format(Locale.ROOT, "Collections during the measurement: %d (%d full), pause p50 %.1f ms, max %.1f ms.%n%n",
                collections, full, pauses.isEmpty() ? 0 : pauses.get(pauses.size() / 2),
                pauses.isEmpty() ? 0 : pauses.get(pauses.size() - 1)));
        out.append("| minute | heap after GC, lowest (MB) | RSS, highest (MB) | threads |\n|---:|---:|---:|---:|\n");
        for (Integer minute : rssMax.keySet()) {
            out.append(String.format(Locale.ROOT, "| %d | %s | %.0f | %.0f |%n", minute,
                    heapMin.containsKey(minute) ? String.format(Locale.ROOT, "%.0f", heapMin.get(minute)) : "-",
                    rssMax.get(minute), threads.get(minute)));
        }
        String before = liveHeap(dir.resolve("heap-start.txt"));
        String after = liveHeap(dir.resolve("heap-end.txt"));
        out.append(String.format(Locale.ROOT, "%nHeap after a full collection (jcmd GC.run, GC.heap_info): %s before, %s after the measurement.%n",
                before, after));
        out.append("Load average (1 min) during the measurement: ").append(range(load)).append(".\n");
        if (rssMax.size() < 4) {
            out.append("Memory verdict: **not judged** (a run of under 4 minutes has too few minutes for a slope).\n");
            return true;
        }
        boolean heapFlat = flat("heap after GC", heapMin, out);
        boolean rssFlat = flat("RSS", rssMax, out);
        out.append(heapFlat && rssFlat ? "Memory verdict: **flat**.\n" : "Memory verdict: **not flat**.\n");
        return heapFlat && rssFlat;
    }

    /** Least-squares growth over the last 8 minutes (leaving out the first 2), against the threshold. */
    private static boolean flat(String what, TreeMap<Integer, Double> perMinute, StringBuilder out) {
        Map<Integer, Double> window = new LinkedHashMap<>();
        int last = perMinute.isEmpty() ? 0 : perMinute.lastKey();
        perMinute.forEach((m, v) -> {
            if (m >= Math.max(2, last - 7)) {
                window.put(m, v);
            }
        });
        if (window.size() < 2) {
            out.append(what).append(": too few minutes for a slope.\n");
            return false;
        }
        double n = window.size();
        double mx = window.keySet().stream().mapToDouble(Integer::doubleValue).sum() / n;
        double my = window.values().stream().mapToDouble(Double::doubleValue).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Integer, Double> e : window.entrySet()) {
            sxy += (e.getKey() - mx) * (e.getValue() - my);
            sxx += (e.getKey() - mx) * (e.getKey() - mx);
        }
        double slope = sxy / sxx;
        double span = window.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)
                - window.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        double growth = slope * span;
        double limit = Math.max(16, 0.10 * my);
        boolean flat = Math.abs(growth) < limit || growth < 0;
        out.append(String.format(Locale.ROOT, "%s: slope %+.2f MB/min over minutes %d-%d (mean %.0f MB): %+.1f MB, "
                + "limit %.0f MB: %s.%n", what, slope, Math.round(mx - span / 2), Math.round(mx + span / 2), my, growth,
                limit, flat ? "flat" : "growing"));
        return flat;
    }

    private static String liveHeap(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "(not sampled)";
        }
        long used = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = HEAP_USED.matcher(line);
            if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                used += Long.parseLong(m.group(2));
            }
        }
        return String.format(Locale.ROOT, "%.1f MB", used / 1024.0);
    }

    private static String range(List<String> values) {
        double min = values.stream().mapToDouble(Double::parseDouble).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::parseDouble).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%.2f-%.2f", min, max);
    }

    private static double mb(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    private static Map<String, String> keys(Path run) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(run, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split(" ");
            if (f.length == 2 && f[0].matches("[a-z_0-9.]+")) {
                out.put(f[0], f[1]);
            }
        }
        return out;
    }

    private static String name(Path run) {
        String n = run.getFileName().toString();
        return n.substring(4, n.length() - 4);
    }
}
