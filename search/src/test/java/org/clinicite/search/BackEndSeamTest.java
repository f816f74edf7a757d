package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * package-info.java: Lucene appears only in StudyIndex and the Lucene* helpers, so that
 * another back end can replace them. Reads the sources (the test runs in the module directory).
 */
class BackEndSeamTest {
    private static final Path SOURCES = Path.of("src/main/java/org/clinicite/search");

    @Test
    void onlyStudyIndexAndItsHelpersImportLucene() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the search module directory");
        List<String> offenders;
        try (Stream<Path> files = Files.list(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("StudyIndex.java"))
                    .filter(p -> !p.getFileName().toString().startsWith("Lucene"))
                    .filter(BackEndSeamTest::importsLucene)
                    .map(p -> p.getFileName().toString()).toList();
        }
        assertEquals(List.of(), offenders);
    }

    /** Lucene's codec lookup (java.util.ServiceLoader) needs a public class with a public constructor. */
    private static final String CODEC = "LuceneCodec.java";

    @Test
    void luceneHelpersAreNotPublic() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> publicHelpers = files.filter(p -> p.getFileName().toString().startsWith("Lucene"))
                    .filter(p -> !p.getFileName().toString().equals(CODEC))
                    .filter(p -> read(p).contains("public final class") || read(p).contains("public class"))
                    .map(p -> p.getFileName().toString()).toList();
            assertEquals(List.of(), publicHelpers);
        }
    }

    private static boolean importsLucene(Path p) {
        return read(p).contains("import org.apache.lucene");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
