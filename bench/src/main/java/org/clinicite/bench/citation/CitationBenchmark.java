package org.clinicite.bench.citation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinicite.citation.CitationFormatter;
import org.clinicite.citation.CslJson;
import org.clinicite.citation.OutputFormat;

/**
 * clinicite against citeproc-js in one run, on the same items: plain-text bibliography time for APA and
 * chicago-author-date with 1,000 and 10,000 items (median after warm-up), and style load time.
 *
 * <p>Usage: {@code bench/run citation.CitationBenchmark [CORPUS.json]} (default conformance/out/items.json,
 * written by conformance/run). citeproc-js runs as {@code node conformance/lib/bench.js} on the same item files,
 * with the same style and locale XML, extracted from the bundled jars.
 */
public final class CitationBenchmark {
    static final List<String> STYLES = List.of("apa", "chicago-author-date");
    static final int[] SIZES = {1_000, 10_000};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CitationBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("clinicite.root", ".")).toAbsolutePath().normalize();
        Path corpusFile = args.length > 0 ? Path.of(args[0]) : root.resolve("conformance/out/items.json");
        if (!Files.isRegularFile(corpusFile)) {
            System.err.println("No corpus at " + corpusFile + ": run conformance/run first, or name a CSL-JSON file.");
            System.exit(2);
        }
        List<JsonNode> corpus = CslJson.read(corpusFile);
        Path tmp = Files.createTempDirectory("clinicite-bench");
        List<Path> files = new ArrayList<>();
        List<List<JsonNode>> lists = new ArrayList<>();
        for (int size : SIZES) {
            List<JsonNode> items = BenchItems.of(corpus, size);
            Path f = tmp.resolve("items-" + size + ".json");
            MAPPER.writeValue(f.toFile(), items);
            files.add(f);
            lists.add(items);
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "corpus: %d real items from %s, repeated to %s items%n", corpus.size(), corpusFile,
                Arrays.toString(SIZES));
        Timings java = clinicite(lists);
        JsonNode js = citeprocJs(root, tmp, files);
        report(out, java, js);
    }

    /** clinicite's figures: style load (fresh formatter), then each bibliography, median after warm-up. */
    private static Timings clinicite(List<List<JsonNode>> lists) {
        Timings t = new Timings();
        for (String style : STYLES) {
            long start = System.nanoTime();
            new CitationFormatter().format(lists.get(0).subList(0, 1), style, OutputFormat.TEXT, "en-US");
            t.load.add(new double[] {millis(start), loadWarm(style)});
        }
        CitationFormatter formatter = new CitationFormatter();
        for (List<JsonNode> items : lists) {
            for (String style : STYLES) {
                t.bibliography.add(Timings.time(() -> formatter.format(items, style, OutputFormat.TEXT, "en-US")
                        .entries().size(), warmUp(items.size()), measured(items.size())));
            }
        }
        return t;
    }

    static int warmUp(int size) {
        return size > 2000 ? 2 : 10;
    }

    static int measured(int size) {
        return size > 2000 ? 3 : 10;
    }

    /** Building the engine again in a warm JVM (a new formatter has no cached engine). */
    private static double loadWarm(String style) {
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            new CitationFormatter().format(List.of(CslJson.parse("{\"id\":\"x\",\"title\":\"x\"}").get(0)), style,
                    OutputFormat.TEXT, "en-US");
            runs[i] = millis(start);
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private static JsonNode citeprocJs(Path root, Path tmp, List<Path> files) throws IOException, InterruptedException {
        Path styles = Files.createDirectories(tmp.resolve("styles"));
        Path locales = Files.createDirectories(tmp.resolve("locales"));
        for (String style : STYLES) {
            copyResource("/" + style + ".csl", styles.resolve(style + ".csl"));
        }
        copyResource("/locales-en-US.xml", locales.resolve("locales-en-US.xml"));
        List<String> cmd = List.of("node", root.resolve("conformance/lib/bench.js").toString(), styles.toString(),
                locales.toString(), String.join(",", STYLES),
                String.join(",", files.stream().map(Path::toString).toList()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] json = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("citeproc-js benchmark failed: " + String.join(" ", cmd));
        }
        return MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = CitationBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + name);
            }
            Files.copy(in, to);
        }
    }

    private static void report(PrintStream out, Timings java, JsonNode js) {
        out.println();
        out.println("style load (ms)                 clinicite first / warm     citeproc-js first / warm");
        for (int i = 0; i < STYLES.size(); i++) {
            JsonNode l = js.path("load").path(STYLES.get(i));
            out.printf(Locale.ROOT, "  %-28s %10.1f / %-10.1f %14.1f / %.1f%n", STYLES.get(i), java.load.get(i)[0],
                    java.load.get(i)[1], l.path("first").asDouble(), l.path("median").asDouble());
        }
        out.println();
        out.println("bibliography, plain text, median after warm-up (ms)      clinicite wall / cpu    citeproc-js wall / cpu");
        int k = 0;
        for (int size : SIZES) {
            for (String style : STYLES) {
                Timings.Run r = java.bibliography.get(k++);
                JsonNode b = js.path("bibliography").path(style + "/" + size);
                out.printf(Locale.ROOT, "  %-22s %6d items (%6d entries) %10.0f / %-10.0f %10.0f / %.0f%n", style, size,
                        r.entries(), r.median(), r.cpuMedian(), b.path("median").asDouble(),
                        b.path("cpuMedian").asDouble());
            }
        }
        Timings.Run apa1k = java.bibliography.get(0);
        JsonNode jsApa = js.path("bibliography").path("apa/1000");
        out.printf(Locale.ROOT, "%ngoal: 1,000-item APA bibliography <= 1000 ms after warm-up: %.0f ms wall, %.0f ms cpu; "
                + "faster than citeproc-js: %s (wall), %s (cpu)%n", apa1k.median(), apa1k.cpuMedian(),
                apa1k.median() < jsApa.path("median").asDouble() ? "yes" : "no",
                apa1k.cpuMedian() < jsApa.path("cpuMedian").asDouble() ? "yes" : "no");
        out.printf(Locale.ROOT, "load average while measuring: %.1f on %d processors (wall-clock times grow with it; "
                + "cpu times do not)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
