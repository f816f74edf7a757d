package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated files are PubMed XML the importer reads whole, the same for the same seed. */
class PubmedXmlGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void generatedFilesImportCompletelyAndRepeatBySeed() throws IOException {
        PubmedXmlImporter importer = new PubmedXmlImporter(Fixtures.VOCABULARY);
        Path a = dir.resolve("a.xml.gz");
        Path b = dir.resolve("b.xml.gz");
        Path c = dir.resolve("c.xml.gz");
        int n = new PubmedXmlGenerator(42).writeFile(a, 2_000_000);
        assertEquals(n, new PubmedXmlGenerator(42).writeFile(b, 2_000_000));
        new PubmedXmlGenerator(43).writeFile(c, 2_000_000);
        assertTrue(n > 100, "records in 2 MB: " + n);
        assertTrue(importer.isRecognizedFormat(a));
        CollectingSink sink = Fixtures.read(importer, a);
        assertEquals(n, sink.records.size());
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        assertTrue(sink.records.stream().allMatch(r -> r.study().getTitle() != null && r.study().getDoi().isPresent()
                && r.study().getJournal() != null && !r.study().getAuthors().isEmpty()));
        assertTrue(sink.records.stream().anyMatch(r -> r.study().getNctId().isPresent()));
        assertTrue(sink.records.stream().anyMatch(r -> !r.study().getTerms().isEmpty()));
        List<String> fa = sink.records.stream().map(ParsedRecord::fingerprint).toList();
        assertEquals(fa, Fixtures.read(importer, b).records.stream().map(ParsedRecord::fingerprint).toList());
        assertNotEquals(fa, Fixtures.read(importer, c).records.stream().map(ParsedRecord::fingerprint).toList());
        assertTrue(Files.size(a) < 2_000_000, "gzipped");
    }
}
