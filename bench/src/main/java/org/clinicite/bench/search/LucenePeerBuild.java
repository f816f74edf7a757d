package org.clinicite.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.clinicite.search.IndexingPool;
import org.clinicite.search.StudyDocument;

/**
 * The build's peer, a ceiling for this hardware: the same studies' free text (title, abstract,
 * outcomes, findings, write-ups, as the same five fields) indexed by bare Lucene, with
 * {@link StandardAnalyzer} (no folding, no stemming), {@link TextField}s (positions and norms,
 * no offsets), nothing stored, no facets, no doc values, no points, no id, {@code addDocument}
 * only; the same threads, batches, RAM buffer and compound-file setting as clinicite's build,
 * one commit. What is left between the two is what clinicite's index holds beyond the text.
 * The index is deleted after it is measured.
 */
final class LucenePeerBuild {
    private static final int BATCH = 20_000;

    private LucenePeerBuild() {
    }

    static LuceneBuild.Result build(CorpusGenerator g, BenchArgs args, Path dir, PrintStream progress) {
        LuceneBuild.deleteTree(dir);
        long generate = 0;
        long index = 0;
        long cpu = 0;
        ThreadCpu byThread = new ThreadCpu();
        long bytes;
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(LuceneBuild.ramBufferMb())
                .setUseCompoundFile(false);
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config);
                IndexingPool pool = new IndexingPool(args.threads())) {
            for (int from = 0; from < args.studies(); from += BATCH) {
                int to = Math.min(args.studies(), from + BATCH);
                long t0 = System.nanoTime();
                List<StudyDocument> batch = IntStream.range(from, to).parallel().mapToObj(g::study).toList();
                long t1 = System.nanoTime();
                long c1 = Cpu.process();
                Map<String, Long> before = ThreadCpu.snapshot();
                int slice = Math.min(LuceneBuild.SLICE, (batch.size() + args.threads() - 1) / args.threads());
                for (int s = 0; s < batch.size(); s += slice) {
                    List<StudyDocument> part = batch.subList(s, Math.min(batch.size(), s + slice));
                    pool.submit(() -> add(w, part));
                }
                pool.finish();
                byThread.add(before, ThreadCpu.snapshot());
                cpu += Cpu.process() - c1;
                long t2 = System.nanoTime();
                generate += t1 - t0;
                index += t2 - t1;
                progress.printf("peer (bare lucene): %,d / %,d studies indexed%n", to, args.studies());
            }
            long t0 = System.nanoTime();
            long c0 = Cpu.process();
            Map<String, Long> before = ThreadCpu.snapshot();
            w.commit();
            byThread.add(before, ThreadCpu.snapshot());
            cpu += Cpu.process() - c0;
            index += System.nanoTime() - t0;
        } catch (IOException e) {
            throw new UncheckedIOException("peer index build failed in " + dir + ": " + e.getMessage(), e);
        }
        bytes = LuceneBuild.bytes(dir);
        int segments = LuceneBuild.segments(dir);
        LuceneBuild.deleteTree(dir);
        return new LuceneBuild.Result(args.studies(), generate / 1e9, index / 1e9, cpu / 1e9, bytes, segments, false,
                byThread);
    }

    private static void add(IndexWriter w, List<StudyDocument> part) {
        try {
            for (StudyDocument s : part) {
                Document d = new Document();
                add(d, "title", s.title());
                add(d, "abstract", s.abstractText());
                s.outcomeText().forEach(v -> add(d, "outcome", v));
                s.findings().forEach(v -> add(d, "finding", v));
                s.writeUpText().forEach(v -> add(d, "news", v));
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }
}
