package org.clinicite.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EngineCacheTest {
    @Test
    void sameStyleLocaleAndFormatReuseOneEngine() {
        CitationFormatter f = new CitationFormatter();
        assertEquals(0, f.engineBuilds());
        f.format(TestItems.both(), "apa", OutputFormat.TEXT, null);
        f.format(List.of(TestItems.barone()), "apa", OutputFormat.TEXT, null);
        f.citations(TestItems.both(), "apa", OutputFormat.TEXT, "en-US");
        assertEquals(1, f.engineBuilds());

        f.format(TestItems.both(), "apa", OutputFormat.HTML, null);
        f.format(TestItems.both(), "apa", OutputFormat.TEXT, "de-DE");
        assertEquals(3, f.engineBuilds());

        // jama is a dependent of american-medical-association with the same locale: one engine for both
        f.format(TestItems.both(), "jama", OutputFormat.TEXT, null);
        f.format(TestItems.both(), "american-medical-association", OutputFormat.TEXT, null);
        f.format(TestItems.both(), "ama", OutputFormat.TEXT, null);
        assertEquals(4, f.engineBuilds());
    }

    @Test
    void reusedEngineGivesTheSameOutputAsAFreshOne() {
        CitationFormatter reused = new CitationFormatter();
        Bibliography first = reused.format(TestItems.both(), "ieee", OutputFormat.TEXT, null);
        reused.format(List.of(TestItems.stub()), "ieee", OutputFormat.TEXT, null);
        reused.citations(TestItems.both(), "ieee", OutputFormat.TEXT, null);
        Bibliography again = reused.format(TestItems.both(), "ieee", OutputFormat.TEXT, null);
        assertEquals(first, again);
        assertEquals(List.of("[1] N. Okafor and S. Lindqvist, “Ketamine for treatment-resistant depression,” "
                + "The Lancet Psychiatry."), reused.format(List.of(TestItems.stub()), "ieee", OutputFormat.TEXT, null).entryTexts());
        assertEquals(1, reused.engineBuilds());
    }

    @Test
    void leastRecentlyUsedEngineIsEvicted() {
        CitationFormatter f = new CitationFormatter(1);
        f.format(TestItems.both(), "ieee", OutputFormat.TEXT, null);
        f.format(TestItems.both(), "nature", OutputFormat.TEXT, null);
        f.format(TestItems.both(), "ieee", OutputFormat.TEXT, null);
        assertEquals(3, f.engineBuilds());
    }

    @Test
    void concurrentCallersShareOneEngineAndGetTheSameResult() throws Exception {
        CitationFormatter f = new CitationFormatter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Bibliography>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> f.format(TestItems.both(), "apa", OutputFormat.HTML, null)));
            }
            Bibliography expected = results.get(0).get();
            for (Future<Bibliography> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, f.engineBuilds());
    }
}
