package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The free text of a study lives in one field, one value per part (title, abstract,
 * outcomes, findings, write-ups): phrases stay inside a part, a title match still ranks
 * first, and each highlighted passage is named after the part it is from.
 */
class TextFieldLayoutTest {
    @TempDir
    Path dir;

    private static StudyDocument doc(String id, String title, String abstractText, List<String> outcomes,
            List<String> findings, List<String> news) {
        return new StudyDocument(id, title, abstractText, outcomes, findings, news, List.of(), null, null, List.of(),
                2020, 40, "rct", null, List.of(), List.of(), List.of(), List.of(), null, null, null, Set.of(),
                "Doe, 2020", List.of());
    }

    private static SearchResults search(StudyIndex index, String q, SearchOptions opts) {
        return index.search(new QueryParser(Fixtures.vocabulary()).parse(q).root(), Map.of(), opts);
    }

    @Test
    void phrasesDoNotRunFromOnePartIntoTheNext() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("gap"))) {
            index.add(List.of(
                    doc("1", "Trial of group therapy", "Sessions helped veterans.", List.of("remission rates"),
                            List.of("lower anxiety"), List.of()),
                    doc("2", "Open study", "The group therapy sessions helped veterans.", List.of(), List.of(),
                            List.of())));
            index.commit(1);
            SearchOptions opts = SearchOptions.defaults();
            // "therapy" ends the title of 1 and "sessions" opens its abstract: not a phrase
            assertEquals(List.of("2"), search(index, "\"therapy sessions\"", opts).ids());
            // nor across two outcomes or an outcome and a finding
            assertEquals(0, search(index, "\"rates lower\"", opts).total());
            assertEquals(1, search(index, "\"remission rates\"", opts).total());
        }
    }

    @Test
    void aTitleMatchRanksFirstAndPassagesNameTheirPart() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("rank"))) {
            index.add(List.of(
                    doc("1", "Outcomes of group sessions", "Microdosing was reported by some participants.",
                            List.of("12/20 reported better mood"), List.of("Microdosing was well tolerated"),
                            List.of("Readers asked about microdosing.")),
                    doc("2", "Microdosing in adults", "An observational study.", List.of(), List.of(), List.of())));
            index.commit(1);
            SearchResults r = search(index, "microdosing", SearchOptions.defaults());
            assertEquals(List.of("2", "1"), r.ids());
            assertEquals(List.of(new Highlight("title", "«Microdosing» in adults")), r.hits().get(0).highlights());
            assertEquals(List.of(
                    new Highlight("abstract", "«Microdosing» was reported by some participants."),
                    new Highlight("finding", "«Microdosing» was well tolerated"),
                    new Highlight("news", "Readers asked about «microdosing».")), r.hits().get(1).highlights());
        }
    }

    @Test
    void studiesWithAndWithoutJournalOrOutletShareASegment() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("facets"))) {
            StudyDocument bare = doc("1", "No journal", "An article without journal or outlet.", List.of(), List.of(),
                    List.of());
            StudyDocument full = new StudyDocument("2", "With journal", "Reported by an outlet.", List.of(), List.of(),
                    List.of("A write-up."), List.of("Doe"), "Journal of Tests", "J Tests", List.of("PsyPost"), 2021, 30,
                    "rct", null, List.of("mdma"), List.of("MDMA"), List.of(), List.of(), null, null, null,
                    Set.of("news"), "Doe, 2021, Journal of Tests", List.of());
            index.add(List.of(bare, full, bare));
            index.update(List.of(bare, full));
            index.commit(1);
            SearchOptions facets = SearchOptions.defaults().facets(true);
            SearchResults all = search(index, "", facets);
            assertEquals(2, all.total());
            assertEquals(1, all.facets().get("journal").get(0).count());
            QueryNode everything = new QueryParser(Fixtures.vocabulary()).parse("").root();
            assertEquals(List.of("2"), index.search(everything, Map.of("journal", Set.of("Journal of Tests")), facets).ids());
            assertEquals(List.of("2"), index.search(everything, Map.of("outlet", Set.of("PsyPost")), facets).ids());
        }
    }

    @Test
    void partsUnpackInTextOrder() {
        long packed = ((((1L << 8 | 1) << 8 | 3) << 8 | 0) << 8) | 2;
        assertArrayEquals(new String[] {"title", "abstract", "outcome", "outcome", "outcome", "news", "news"},
                LuceneSchema.parts(packed));
        assertEquals(0, LuceneSchema.parts(0).length);
    }
}
