package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.clinicite.core.testing.SharedData;
import org.clinicite.importer.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each importer recognises its own files and none of the other formats' (nor the news example). */
class FormatRecognitionTest {
    private final PubmedXmlImporter pubmed = new PubmedXmlImporter(Fixtures.VOCABULARY);
    private final NbibImporter nbib = new NbibImporter(Fixtures.VOCABULARY);

    @TempDir
    Path dir;

    private static List<Path> sharedRecords() throws IOException {
        try (Stream<Path> files = Files.walk(SharedData.dir().resolve("records"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    private static boolean isPubmedXml(Path f) {
        return f.getParent().getFileName().toString().equals("pubmed-xml") && f.toString().endsWith(".xml");
    }

    private static boolean isNbib(Path f) {
        String name = f.getFileName().toString();
        return f.getParent().getFileName().toString().equals("medline-nbib")
                && (name.endsWith(".txt") || name.endsWith(".nbib"));
    }

    @Test
    void pubmedRecognisesItsFilesAndNoOther() throws IOException {
        List<Path> all = sharedRecords();
        assertTrue(all.size() > 100, "the shared records are there");
        List<String> wrong = new ArrayList<>();
        int own = 0;
        for (Path f : all) {
            boolean expected = isPubmedXml(f);
            own += expected ? 1 : 0;
            if (pubmed.isRecognizedFormat(f) != expected) {
                wrong.add(f.getFileName().toString());
            }
        }
        assertEquals(13, own);
        assertEquals(List.of(), wrong);
        assertFalse(pubmed.isRecognizedFormat(SharedData.psypostArticle()));
        assertTrue(pubmed.isRecognizedFormat(Fixtures.own("constructed-psychedelic-set.xml")), "after a comment");
    }

    @Test
    void nbibRecognisesItsFilesAndNoOther() throws IOException {
        List<Path> all = sharedRecords();
        List<String> wrong = new ArrayList<>();
        int own = 0;
        for (Path f : all) {
            boolean expected = isNbib(f);
            own += expected ? 1 : 0;
            if (nbib.isRecognizedFormat(f) != expected) {
                wrong.add(f.getFileName().toString());
            }
        }
        assertEquals(8, own);
        assertEquals(List.of(), wrong);
        assertFalse(nbib.isRecognizedFormat(SharedData.psypostArticle()));
        assertTrue(nbib.isRecognizedFormat(Fixtures.own("constructed-two-records.nbib")));
    }

    @Test
    void binaryAndEmptyFilesAreNotRecognised() throws IOException {
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("noise.bin"), noise);
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        Path ris = Files.writeString(dir.resolve("x.ris"), "TY  - JOUR\nTI  - A title\nPT  - Journal\nER  - \n");
        for (Importer i : List.<Importer>of(pubmed, nbib)) {
            assertFalse(i.isRecognizedFormat(binary), i.id());
            assertFalse(i.isRecognizedFormat(empty), i.id());
            assertFalse(i.isRecognizedFormat(ris), i.id());
        }
        assertEquals("pubmed", pubmed.id());
        assertEquals("nbib", nbib.id());
    }
}
