package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class LuceneQueriesTest {
    private final QueryParser parser = new QueryParser(Fixtures.vocabulary());
    private final LuceneQueries queries = new LuceneQueries(LuceneAnalyzers.text(), LuceneAnalyzers.names());

    private boolean prunable(String q) {
        return queries.prunable(parser.parse(q).root());
    }

    private Query highlight(String q) {
        return queries.highlightQuery(parser.parse(q).root());
    }

    @Test
    void wordsAndOredWordsBesideFiltersArePrunable() {
        assertTrue(prunable("placebo"));
        assertTrue(prunable("mdma OR ketamine"));
        assertTrue(prunable("placebo substance:mdma year>=2015"));
        assertTrue(prunable("placebo -ketamine"));
    }

    @Test
    void filtersThatMustAllMatchScoreEveryMatchTheSame() {
        assertTrue(constant("substance:mdma year>=2015"));
        assertTrue(constant("substance:ketamine -substance:esketamine"));
        assertTrue(constant("condition:ptsd NOT placebo"), "an excluded word is never scored");
        assertTrue(constant("-placebo"));
        assertTrue(constant(""));
        assertTrue(constant("the substance:mdma"), "stop words drop out");
        assertFalse(constant("substance:mdma OR condition:ptsd"), "matching both scores higher");
        assertFalse(constant("placebo substance:mdma"));
        assertFalse(constant("\"quality of life\" n>=50"));
    }

    private boolean constant(String q) {
        return queries.constantScore(parser.parse(q).root());
    }

    @Test
    void phrasesSeveralRequiredWordsAndPureFiltersAreNot() {
        assertFalse(prunable("\"treatment resistant\""));
        assertFalse(prunable("self-awareness"), "split by the analyser: a phrase");
        assertFalse(prunable("mindfulness anxiety"));
        assertFalse(prunable("(psilocybin OR lsd) AND (anxiety OR depression)"));
        assertFalse(prunable("substance:mdma year>=2015"));
        assertFalse(prunable(""));
        assertFalse(prunable("the"), "stop words only");
    }

    @Test
    void highlightingLooksForTheFreeTextOnly() {
        assertNull(highlight("substance:mdma year>=2015"));
        assertNull(highlight("-placebo"));
        String q = highlight("placebo -ketamine year>=2015 journal:psychopharmacology").toString();
        assertTrue(q.contains("placebo"), q);
        assertFalse(q.contains("ketamin") || q.contains("year") || q.contains("journal"), q);
        String both = highlight("placebo OR (\"quality of life\" substance:mdma)").toString();
        assertTrue(both.contains("placebo") && both.contains("qualiti"), both);
        assertFalse(both.contains("substance"), both);
    }

    @Test
    void phrasesAreHighlightedAsWholeSpans() {
        assertTrue(queries.highlightsPhrases(parser.parse("placebo \"quality of life\"").root()));
        assertTrue(queries.highlightsPhrases(parser.parse("substance:mdma self-awareness").root()));
        assertFalse(queries.highlightsPhrases(parser.parse("placebo OR mdma year>=2015").root()));
    }

    @Test
    void indexingBufferFollowsTheHeap() {
        assertEquals(16, StudyIndex.ramBufferMb(64L << 20));
        assertEquals(32, StudyIndex.ramBufferMb(256L << 20));
        assertEquals(256, StudyIndex.ramBufferMb(6L << 30));
    }
}
