package org.clinicite.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicite.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The sentence scanner splits as the regular expressions it replaced did (kept here as the reference). */
class SentencesTest {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?…][”\"’')\\]]*\\s+(?=[“\"‘(]?[\\p{Lu}\\p{N}])");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.$");
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "prof", "mr", "mrs", "ms", "st", "vs", "al",
            "e.g", "i.e", "etc", "approx", "no", "fig", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "jr", "sr", "ph.d", "m.d", "cf", "ca");

    private static List<String> reference(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String candidate = paragraph.substring(start, m.end()).strip();
            String upToStop = paragraph.substring(start, m.start() + 1);
            Matcher w = LAST_WORD.matcher(upToStop);
            boolean abbreviation = false;
            if (upToStop.endsWith(".") && w.find()) {
                String word = w.group(1).toLowerCase(Locale.ROOT);
                abbreviation = word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
            }
            if (!abbreviation) {
                out.add(candidate);
                start = m.end();
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    @Test
    void splitsTheSharedDataAsTheRegexDid() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.dir())) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int paragraphs = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            for (String p : text.split("\\n")) {
                assertEquals(reference(p), Sentences.split(p), () -> f + ": " + p);
                paragraphs++;
            }
        }
        assertTrue(paragraphs > 10_000, "lines of the shared data: " + paragraphs);
    }

    @Test
    void splitsEdgeCasesAsTheRegexDid() {
        for (String p : List.of("", ".", "A. B", "Ends.  ", "He said “Yes.” Then 2 left.", "U.S. Army. (Later) fine.",
                "Wow!! Next? ‘Quoted’ … Ⅻ was ² here. e.g. This", "x.\tY", "Done.)\u000BNext", "a ... B", "?A")) {
            assertEquals(reference(p), Sentences.split(p), p);
        }
    }
}
