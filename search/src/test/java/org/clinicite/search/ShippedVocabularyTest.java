package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The shipped vocabulary: the worked example's searches must expand as with the
 * hand-made fixture.
 */
class ShippedVocabularyTest {
    @Test
    void realVocabularyExpandsTheWorkedExample() throws Exception {
        Vocabulary vocabulary = Vocabulary.shipped();
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
