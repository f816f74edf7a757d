package org.clinicite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * {@code --format auto} over every shared sample file: each file of a format clinicite
 * reads is detected as that format, and files of formats it does not read (Crossref,
 * JATS, EndNote) are claimed by none. JabRef's {@code .bib} renderings that sit beside
 * other fixtures are BibTeX, and are detected as such.
 */
class StandardDetectionTest {
    private static final Importers IMPORTERS = Importers.standard(Vocabulary.shipped());
    private static final Map<String, String> EXPECTED = Map.of(
            "pubmed-xml", "pubmed", "medline-nbib", "nbib", "ris", "ris", "bibtex", "bibtex",
            "csl-json", "csljson", "clinicaltrials-json", "ctgov", "clinicaltrials-xml", "ctgov");
    private static final List<String> UNSUPPORTED = List.of("crossref-json", "jats-xml", "endnote-enw", "endnote-xml");

    @Test
    void everySampleIsDetectedAsItsFormatOrNotAtAll() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SharedData.dir().resolve("records"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
                String dir = SharedData.dir().resolve("records").relativize(f).getName(0).toString();
                String name = f.getFileName().toString();
                Optional<String> got = IMPORTERS.detect(f).map(Importer::id);
                String want = expected(dir, name);
                // broken files may or may not be recognised; reading them must reject them (format tests)
                boolean broken = name.contains("empty-csl") || name.contains("Malformed") || name.contains("Corrupted")
                        || name.contains("InvalidFormat") || name.contains("MinimalEntry.bib") || Files.size(f) == 0;
                if (!broken && !Optional.ofNullable(want).equals(got)) {
                    wrong.add(dir + "/" + name + ": expected " + want + ", detected " + got.orElse("nothing"));
                }
                checked++;
            }
        }
        assertTrue(checked > 90, "checked " + checked);
        assertEquals(List.of(), wrong);
        assertEquals("news", IMPORTERS.detect(SharedData.psypostArticle()).map(Importer::id).orElse(null));
    }

    private static String expected(String dir, String name) {
        if (name.endsWith(".bib")) {
            return "bibtex";
        }
        if (dir.equals("bibtex") && name.endsWith("-csl.json")) {
            return "csljson";
        }
        if (UNSUPPORTED.contains(dir)) {
            return null;
        }
        return EXPECTED.get(dir);
    }
}
