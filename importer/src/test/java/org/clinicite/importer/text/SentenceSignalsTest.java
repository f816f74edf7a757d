package org.clinicite.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The signals only skip work: on every sentence of the shared data and of this module's
 * fixtures, the finders give the same with the signals as with {@link SentenceSignals#ANY}
 * (every pattern tried on every sentence).
 */
class SentenceSignalsTest {

    private static List<String> sentences() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SharedData.dir())) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        try (Stream<Path> walk = Files.walk(Path.of("src", "test", "resources"))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        Collections.sort(files);
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            for (String p : text.split("\\n")) {
                out.addAll(Sentences.split(p.replaceAll("<[^>]{1,80}>", " ")));
            }
        }
        return out;
    }

    private static List<String> lines(List<OutcomeMatch> found) {
        return found.stream().map(m -> {
            Outcome o = m.outcome();
            return o.summaryLine() + " | " + o.getPValue() + " | " + m.claim();
        }).toList();
    }

    @Test
    void findersGiveTheSameWithAndWithoutSignals() throws IOException {
        List<String> sentences = sentences();
        assertTrue(sentences.size() > 20_000, "sentences: " + sentences.size());
        int outcomes = 0;
        int sizes = 0;
        for (String s : sentences) {
            if (s.length() > 4000) {
                continue;
            }
            List<String> gated = lines(OutcomePatterns.find(s, SentenceSignals.of(s)));
            assertEquals(lines(OutcomePatterns.find(s, SentenceSignals.ANY)), gated, s);
            outcomes += gated.size();
            SampleSize size = SampleSizeFinder.find(List.of(s), List.of(SentenceSignals.of(s)));
            assertEquals(SampleSizeFinder.find(List.of(s), List.of(SentenceSignals.ANY)), size, s);
            sizes += size.enrolled() != null || size.analysed() != null ? 1 : 0;
        }
        assertTrue(outcomes > 10 && sizes > 10, "outcomes " + outcomes + ", sample sizes " + sizes);
    }
}
