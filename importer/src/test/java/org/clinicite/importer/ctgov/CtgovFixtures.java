package org.clinicite.importer.ctgov;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Vocabulary;

/** The shared ClinicalTrials.gov fixtures, this package's own test files, and one importer to read them. */
final class CtgovFixtures {
    static final String V2 = "records/clinicaltrials-json/v2/";
    static final String V1 = "records/clinicaltrials-json/api-v1-fullstudies/";
    static final String XML = "records/clinicaltrials-xml/";
    static final CtgovImporter IMPORTER = new CtgovImporter(Vocabulary.shipped());

    private CtgovFixtures() {
    }

    static Path shared(String relative) {
        return SharedData.file(relative);
    }

    /** A file of this package's test resources ({@code src/test/resources/ctgov}). */
    static Path resource(String name) {
        URL url = CtgovFixtures.class.getResource("/ctgov/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource ctgov/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        try {
            IMPORTER.read(file, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** The one study of a shared fixture (fails unless exactly one record and no rejection). */
    static Study study(String relative) {
        return read(shared(relative)).only().study();
    }

    /** Every ClinicalTrials.gov fixture in the shared data, all three shapes. */
    static List<Path> all() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (String dir : List.of(V2, V1, XML)) {
            try (Stream<Path> files = Files.list(SharedData.dir().resolve(dir))) {
                files.filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static List<String> termKeys(Study s, TermKind kind) {
        return s.terms(kind).stream().map(StudyTerm::getTermKey).toList();
    }

    static List<Outcome> counted(Study s) {
        return s.getOutcomes().stream().filter(o -> o.getResponders() != null).toList();
    }

    static List<Outcome> planned(Study s) {
        return s.getOutcomes().stream().filter(o -> o.getResponders() == null).toList();
    }
}
