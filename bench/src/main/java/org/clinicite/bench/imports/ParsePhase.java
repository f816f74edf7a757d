package org.clinicite.bench.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.pubmed.PubmedXmlImporter;

/** Parse only: {@link PubmedXmlImporter#read} into a {@link CountingSink}, nothing stored. */
final class ParsePhase {
    private ParsePhase() {
    }

    static PhaseResult run(String name, Vocabulary vocabulary, Path xml, Duration limit) throws IOException {
        return run(name, vocabulary, xml, limit, null);
    }

    /** With {@code profile} not null, a stack profile of the parse goes there. */
    static PhaseResult run(String name, Vocabulary vocabulary, Path xml, Duration limit, PrintStream profile)
            throws IOException {
        PubmedXmlImporter importer = new PubmedXmlImporter(vocabulary);
        CountingSink sink = new CountingSink(new Deadline(limit));
        String note = null;
        HeapSampler heap = HeapSampler.start();
        StackProfiler profiler = profile == null ? null : StackProfiler.of(Thread.currentThread());
        CpuMeter cpu = CpuMeter.start(null);
        long t0 = System.nanoTime();
        try {
            importer.read(xml, sink);
        } catch (Deadline.Expired e) {
            note = e.getMessage();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuMeter.Cpu used = cpu.stop();
        HeapSampler.HeapPeak peak = heap.stop();
        if (profiler != null) {
            profiler.close();
            profiler.print(profile, name, seconds, sink.records);
        }
        long bytes = note == null ? Files.size(xml) : 0; // stopped part way: the bytes read are unknown
        return new PhaseResult(name, sink.records, seconds, bytes, peak, used, note == null ? sink.summary() : note);
    }
}
