package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.importer.Importer;
import org.clinicite.importer.ParsedRecord;

/** Loading and reading the fixtures of {@code src/test/resources/news}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/news/" + name);
        assertNotNull(url, "fixture missing: news/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedRecord importText(String name) {
        return importWith(new NewsTextImporter(TestVocabulary.shipped()), name);
    }

    static ParsedRecord importHtml(String name) {
        return importWith(new NewsHtmlImporter(TestVocabulary.shipped()), name);
    }

    private static ParsedRecord importWith(Importer importer, String name) {
        CollectingSink sink = new CollectingSink();
        try {
            importer.read(path(name), sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink.single();
    }

    /** Term key to role, for one kind. */
    static Map<String, TermRole> roles(Study study, TermKind kind) {
        return study.terms(kind).stream().collect(Collectors.toMap(StudyTerm::getTermKey, StudyTerm::getRole));
    }

    /** The outcomes' descriptions. */
    static List<String> descriptions(Study study) {
        return study.getOutcomes().stream().map(Outcome::getDescription).toList();
    }
}
