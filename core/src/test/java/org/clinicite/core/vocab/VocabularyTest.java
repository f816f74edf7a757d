package org.clinicite.core.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.text.TextKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {
    private static final Vocabulary V = Vocabulary.shipped();

    @Test
    void shippedVocabularyIsLargeEnoughAndHasIds() {
        long substances = V.terms(TermKind.SUBSTANCE).stream().filter(t -> !t.isClass()).count();
        long conditions = V.terms(TermKind.CONDITION).stream().filter(t -> !t.isClass()).count();
        assertTrue(substances >= 120, "substances: " + substances);
        assertTrue(conditions >= 120, "conditions: " + conditions);
        long conditionsWithIds = V.terms(TermKind.CONDITION).stream().filter(t -> !t.ids().isEmpty()).count();
        assertTrue(conditionsWithIds >= 100, "conditions with ICD/MeSH ids: " + conditionsWithIds);
    }

    @Test
    void noSynonymOrAbbreviationNamesTwoTermsOfOneKind() {
        for (TermKind kind : TermKind.values()) {
            Map<String, String> seen = new HashMap<>();
            for (Term t : V.terms(kind)) {
                for (String s : concat(List.of(t.name()), t.synonyms())) {
                    String prev = seen.put(TextKeys.fold(s), t.key());
                    assertTrue(prev == null || prev.equals(t.key()), s + " names both " + prev + " and " + t.key());
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void synonymsOfTheSeedExample() {
        for (String name : List.of("MDMA", "methylenedioxymethamphetamine", "Ecstasy", "midomafetamine", "mdma")) {
            assertEquals("mdma", V.lookup(TermKind.SUBSTANCE, name).orElseThrow().key(), name);
        }
        for (String name : List.of("PTSD", "post-traumatic stress disorder", "Posttraumatic stress disorder", "ptsd")) {
            assertEquals("ptsd", V.lookup(TermKind.CONDITION, name).orElseThrow().key(), name);
        }
        assertTrue(V.lookup(TermKind.SUBSTANCE, "PTSD").isEmpty());
    }

    @Test
    void hierarchyExpandsToNarrowerTerms() {
        Set<String> psychedelics = V.expand("psychedelic");
        assertTrue(psychedelics.containsAll(List.of("psilocybin", "lsd", "dmt", "mescaline", "mdma")), psychedelics.toString());
        assertFalse(psychedelics.contains("sertraline"));
        Set<String> mood = V.expand(V.lookup(TermKind.CONDITION, "mood disorder").orElseThrow().key());
        assertTrue(mood.contains("major-depressive-disorder") && mood.contains("bipolar-disorder"), mood.toString());
        assertTrue(V.ancestors("mdma").contains("psychedelic"));
    }

    @Test
    void findsMentionsInTextWithCaseRulesForAbbreviations() {
        String text = "After MDMA-assisted therapy, 15 of 19 people with post-traumatic stress disorder (PTSD) improved; "
                + "ecstasy users were excluded. A ptsd-like pattern was not seen.";
        List<Mention> substances = V.find(TermKind.SUBSTANCE, text);
        assertEquals(List.of("mdma", "mdma"), substances.stream().map(m -> m.term().key()).toList());
        assertEquals("ecstasy", substances.get(1).text());
        List<Mention> conditions = V.find(TermKind.CONDITION, text);
        assertEquals("post-traumatic stress disorder", conditions.get(0).text());
        assertEquals("PTSD", conditions.get(1).text());
        assertEquals(2, conditions.stream().filter(m -> m.term().key().equals("ptsd")).count(),
                "lower-case 'ptsd' is not the abbreviation: " + conditions);
    }

    @Test
    void userFileAddsTermsAndBadFilesAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("vocabulary.json"), """
                {"version": 1, "terms": [
                  {"key": "test-drug-x", "kind": "substance", "name": "testamine", "synonyms": ["TX-101"],
                   "broader": ["psychedelic"]}
                ]}""");
        Vocabulary v = Vocabulary.forDataDir(dir);
        assertEquals("test-drug-x", v.lookup(TermKind.SUBSTANCE, "tx-101").orElseThrow().key());
        assertTrue(v.expand("psychedelic").contains("test-drug-x"));

        Files.writeString(dir.resolve("vocabulary.json"), """
                {"terms": [{"key": "y", "kind": "substance", "name": "y", "broader": ["no-such-term"]}]}""");
        VocabularyException e = assertThrows(VocabularyException.class, () -> Vocabulary.forDataDir(dir));
        assertTrue(e.getMessage().contains("no-such-term"), e.getMessage());

        Files.writeString(dir.resolve("vocabulary.json"), "{not json");
        e = assertThrows(VocabularyException.class, () -> Vocabulary.forDataDir(dir));
        assertTrue(e.getMessage().contains("vocabulary.json") && e.getMessage().contains("not valid JSON"), e.getMessage());
    }
}
