package org.clinicite.bench.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clinicite.search.IndexingPool;
import org.clinicite.search.StudyDocument;
import org.clinicite.search.StudyIndex;

/**
 * Builds the Lucene index of the corpus with {@link StudyIndex}, in batches: generate a
 * batch (timed apart), then index it from {@code threads} threads ({@code StudyIndex.add},
 * as {@code IndexSync.rebuild} does into the cleared index; thread-safe, IndexWriter indexes
 * concurrently), then one commit. The index build time
 * is the update and commit time only, so studies/s measures the index, not the generator.
 */
public final class LuceneBuild {
    private static final int BATCH = 20_000;
    static final int SLICE = 1_000;
    static final String MARKER_FILE = "corpus.txt";

    /** {@code indexCpuSeconds}: CPU time of the whole process while indexing (all threads, GC included). */
    record Result(int studies, double generateSeconds, double indexSeconds, double indexCpuSeconds, long bytes,
            int segments, boolean reused, ThreadCpu cpuByThread) {
        double studiesPerSecond() {
            return studies / indexSeconds;
        }
    }

    private LuceneBuild() {
    }

    /** The indexing buffer clinicite's writer uses in this JVM, given to the peer too. */
    static double ramBufferMb() {
        return StudyIndex.ramBufferMb(Runtime.getRuntime().maxMemory());
    }

    static Result buildOrReuse(CorpusGenerator g, BenchArgs args, Path dir, PrintStream progress) {
        if (args.reuse() && args.corpusMarker().equals(marker(dir)) && currentFormat(dir)) {
            progress.println("lucene: reusing the index in " + dir);
            return new Result(args.studies(), Double.NaN, Double.NaN, Double.NaN, bytes(dir), segments(dir), true,
                    new ThreadCpu());
        }
        deleteTree(dir);
        long generate = 0;
        long index = 0;
        long cpu = 0;
        ThreadCpu byThread = new ThreadCpu();
        try (StudyIndex idx = StudyIndex.open(dir); IndexingPool pool = new IndexingPool(args.threads())) {
            for (int from = 0; from < args.studies(); from += BATCH) {
                int to = Math.min(args.studies(), from + BATCH);
                long t0 = System.nanoTime();
                List<StudyDocument> batch = IntStream.range(from, to).parallel().mapToObj(g::study).toList();
                long t1 = System.nanoTime();
                long c1 = Cpu.process();
                Map<String, Long> before = ThreadCpu.snapshot();
                update(idx, batch, pool, args.threads());
                byThread.add(before, ThreadCpu.snapshot());
                cpu += Cpu.process() - c1;
                long t2 = System.nanoTime();
                generate += t1 - t0;
                index += t2 - t1;
                progress.printf("lucene: %,d / %,d studies indexed%n", to, args.studies());
            }
            long t0 = System.nanoTime();
            long c0 = Cpu.process();
            Map<String, Long> before = ThreadCpu.snapshot();
            idx.flushBuffers(pool);
            long t1 = System.nanoTime();
            idx.commit(0);
            byThread.add(before, ThreadCpu.snapshot());
            cpu += Cpu.process() - c0;
            index += System.nanoTime() - t0;
            progress.printf("lucene: last buffers written in %.1f s, commit in %.1f s (%.1f CPU-s for both)%n",
                    (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9, (Cpu.process() - c0) / 1e9);
        }
        writeMarker(dir, args.corpusMarker());
        return new Result(args.studies(), generate / 1e9, index / 1e9, cpu / 1e9, bytes(dir), segments(dir), false,
                byThread);
    }

    /**
     * Indexes the batch in slices of {@link #SLICE} studies and waits for all of them. Small
     * slices keep both threads busy while one of them flushes a segment (IndexWriter flushes
     * on the indexing thread that fills the buffer); with one slice per thread the other
     * thread would wait for it at the end of each batch.
     */
    private static void update(StudyIndex idx, List<StudyDocument> batch, IndexingPool pool, int threads) {
        int slice = Math.min(SLICE, (batch.size() + threads - 1) / threads);
        for (int from = 0; from < batch.size(); from += slice) {
            List<StudyDocument> part = batch.subList(from, Math.min(batch.size(), from + slice));
            pool.submit(() -> idx.add(part));
        }
        pool.finish();
    }

    /** Whether the index in {@code dir} has the layout this build writes (else it is rebuilt, not reused). */
    private static boolean currentFormat(Path dir) {
        try (StudyIndex idx = StudyIndex.open(dir)) {
            return idx.hasCurrentFormat();
        }
    }

    /** Bytes of the index files (the marker file aside). */
    public static long bytes(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals(MARKER_FILE)).mapToLong(LuceneBuild::size)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments of the index: its segment info files. */
    public static int segments(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".si")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String marker(Path dir) {
        try {
            Path m = dir.resolve(MARKER_FILE);
            return Files.isRegularFile(m) ? Files.readString(m, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeMarker(Path dir, String marker) {
        try {
            Files.writeString(dir.resolve(MARKER_FILE), marker + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old index " + dir + ": " + e.getMessage(), e);
        }
    }
}
