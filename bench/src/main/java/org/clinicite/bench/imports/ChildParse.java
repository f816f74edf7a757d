package org.clinicite.bench.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.clinicite.core.vocab.Vocabulary;

/**
 * The parse phase alone in a JVM of its own (started by {@link HeapCheck} with a small
 * {@code -Xmx}): prints {@code records seconds bytes peakUsed peakAfterGc maxHeap cpuSeconds} on one line.
 */
public final class ChildParse {
    private ChildParse() {
    }

    /** {@code FILE TIMEOUT_MINUTES}. */
    public static void main(String[] args) throws IOException {
        PhaseResult r = ParsePhase.run("child parse", Vocabulary.shipped(), Path.of(args[0]),
                Duration.ofMinutes(Long.parseLong(args[1])));
        System.out.println(String.format(Locale.ROOT, "%d %.3f %d %d %d %d %.3f", r.records(), r.seconds(), r.bytes(),
                r.heap().used(), r.heap().afterGc(), Runtime.getRuntime().maxMemory(), r.cpu().jvm()));
    }
}
