package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.core.vocab.VocabularyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real vocabulary file, when core has it: loaded as a user's file through
 * {@code Vocabulary.forDataDir}, the worked example's searches must expand as with the
 * hand-made fixture.
 */
class ShippedVocabularyTest {
    /** core's source file, seen from the search module's directory. */
    private static final Path FILE = Path.of("../core/src/main/resources/org/clinicite/core/vocab/vocabulary.json");

    @TempDir
    Path dataDir;

    @Test
    void realVocabularyExpandsTheWorkedExample() throws Exception {
        assumeTrue(Files.isRegularFile(FILE), "core has no vocabulary.json yet: " + FILE.toAbsolutePath());
        Files.copy(FILE, dataDir.resolve(Vocabulary.USER_FILE));
        Vocabulary vocabulary;
        try {
            vocabulary = Vocabulary.forDataDir(dataDir);
        } catch (VocabularyException e) {
            assumeTrue(false, "the installed core jar has no shipped vocabulary yet (" + e.getMessage() + ")");
            return;
        }
        QueryParser parser = new QueryParser(vocabulary);
        String mdma = vocabulary.lookup(TermKind.SUBSTANCE, "MDMA").orElseThrow().key();
        assertEquals(vocabulary.lookup(TermKind.SUBSTANCE, "ecstasy").orElseThrow().key(), mdma);
        QueryNode q = parser.parse("substance:ecstasy").root();
        assertTrue(q instanceof QueryNode.Terms t && t.values().contains(mdma), q.toString());
        Set<String> ptsd = ((QueryNode.Terms) parser.parse("condition:PTSD").root()).values();
        assertEquals(ptsd, ((QueryNode.Terms) parser.parse("condition:\"post-traumatic stress disorder\"").root())
                .values());
        assertTrue(parser.parse("substance:ecstasy").notices().isEmpty());
    }
}
