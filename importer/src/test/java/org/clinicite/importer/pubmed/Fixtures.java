package org.clinicite.importer.pubmed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;

/** The fixtures of these tests: the shared real records and this package's hand-written ones. */
final class Fixtures {
    static final Vocabulary VOCABULARY = Vocabulary.shipped();

    private Fixtures() {
    }

    /** A real record from {@code shared/data/records/pubmed-xml}. */
    static Path pubmedXml(String name) {
        return SharedData.file("records/pubmed-xml/" + name);
    }

    /** A real record from {@code shared/data/records/medline-nbib}. */
    static Path nbib(String name) {
        return SharedData.file("records/medline-nbib/" + name);
    }

    /** A hand-written fixture from {@code src/test/resources/pubmed}. */
    static Path own(String name) {
        URL url = Fixtures.class.getResource("/pubmed/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource /pubmed/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CollectingSink read(Importer importer, Path file) {
        CollectingSink sink = new CollectingSink();
        try {
            importer.read(file, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** A gzipped copy of the file in {@code dir}. */
    static Path gzip(Path file, Path dir) throws IOException {
        Path gz = dir.resolve(file.getFileName() + ".gz");
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        return gz;
    }
}
