package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicite.search.SearchOptions.Sort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches over the six fixture studies (ids 1..6, see {@link Fixtures}). */
class SearchServiceTest {
    @TempDir
    static Path dir;
    static StudyIndex index;
    static SearchService service;

    @BeforeAll
    static void build() {
        index = StudyIndex.open(dir.resolve("index"));
        index.update(Fixtures.documents());
        index.commit(6);
        service = new SearchService(index, Fixtures.vocabulary());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Set<String> ids(String query) {
        return new HashSet<>(service.search(query, SearchOptions.defaults().limit(100)).ids());
    }

    private static String label(SearchResults r, String dim, String value) {
        return r.facets().get(dim).stream().filter(f -> f.value().equals(value)).findFirst().orElseThrow().label();
    }

    private static Set<String> set(String... ids) {
        return Set.of(ids);
    }

    @Test
    void synonymsFindTheCanonicalTerm() {
        assertEquals(set("1", "2"), ids("substance:ecstasy"));
        assertEquals(set("1", "2"), ids("substance:midomafetamine"));
        assertEquals(set("1", "2"), ids("substance:MDMA"));
    }

    @Test
    void classesFindTheirNarrowerTerms() {
        assertEquals(set("1", "2", "3", "4", "6"), ids("substance:psychedelic"));
        assertEquals(set("1", "2"), ids("substance:entactogen"));
        assertEquals(set("3", "4", "6"), ids("substance:\"classic psychedelic\""));
    }

    @Test
    void conditionsByNameAbbreviationAndClass() {
        assertEquals(set("1", "2"), ids("condition:\"post-traumatic stress disorder\""));
        assertEquals(set("1", "2"), ids("condition:PTSD"));
        assertEquals(set("1", "2"), ids("condition:ptsd"));
        assertEquals(set("3", "4", "5"), ids("condition:\"mood disorder\""));
        assertEquals(set("3", "4"), ids("condition:depression"));
    }

    @Test
    void unknownSubstanceIsSearchedAsTextWithANotice() {
        SearchResults r = service.search("substance:ayahuasca", SearchOptions.defaults());
        assertEquals(List.of("6"), r.ids());
        assertEquals(List.of("substance 'ayahuasca' is not in the vocabulary; searched as text"), r.notices());
    }

    @Test
    void freeTextIsStemmedFoldedAndSpansAllTextFields() {
        assertEquals(set("1"), ids("\"self-awareness\""));
        assertEquals(set("1"), ids("self-awareness"));
        assertEquals(set("1", "4"), ids("reductions"), "stemming; abstract, outcome, finding and news bodies");
        assertEquals(set("6"), ids("\"sao paulo\""), "ASCII folding");
        assertEquals(set("6"), ids("São"));
        assertEquals(set("4"), ids("\"rapid antidepressant effects\""), "write-up headline");
        assertEquals(set("2"), ids("CAPS-5 placebo"));
    }

    @Test
    void phrasesDoNotMatchAcrossTwoValues() {
        // study 1's write-up has a headline ending "... for PTSD" and a body starting "Fifteen"
        assertEquals(set(), ids("\"ptsd fifteen\""));
        assertEquals(set("1"), ids("ptsd fifteen"));
    }

    @Test
    void nameFields() {
        assertEquals(set("1"), ids("journal:\"psychoactive drugs\""));
        assertEquals(set("1"), ids("journal:psychoactive"));
        assertEquals(set("1"), ids("author:barone"));
        assertEquals(set("1"), ids("author:\"Mitsunaga-Whitten\""));
        assertEquals(set("6"), ids("author:muller"));
        assertEquals(set("1"), ids("outlet:psypost"));
        assertEquals(set("4"), ids("outlet:ScienceDaily"));
    }

    @Test
    void designAndPhase() {
        assertEquals(set("2", "4"), ids("design:rct"));
        assertEquals(set("2", "4"), ids("design:\"randomized controlled trial\""));
        assertEquals(set("1"), ids("design:qualitative"));
        assertEquals(set("3"), ids("design:open-label"));
        assertEquals(set("1", "3"), ids("phase:2"));
        assertEquals(set("1", "3"), ids("phase:II"));
        assertEquals(set("2"), ids("phase:3"));
    }

    @Test
    void yearRanges() {
        assertEquals(set("1"), ids("year:2019"));
        assertEquals(set("1", "3"), ids("year:2015..2020"));
        assertEquals(set("2", "4"), ids("year>=2021"));
        assertEquals(set("5"), ids("year<2016"));
        assertEquals(set("1", "2", "4"), ids("year:2017.."));
    }

    @Test
    void sampleSizeRanges() {
        assertEquals(set("2", "5"), ids("n>=50"));
        assertEquals(set("5"), ids("n>90"));
        assertEquals(set("2", "5"), ids("n>=90"));
        assertEquals(set("1", "3", "4"), ids("n<=24"));
        assertEquals(set("1", "4"), ids("n:19..24"));
        assertEquals(set("3"), ids("n<19"));
    }

    @Test
    void identifiersAndFlags() {
        assertEquals(set("1"), ids("doi:10.1080/02791072.2019.1580805"));
        assertEquals(set("1"), ids("doi:https://doi.org/10.1080/02791072.2019.1580805"));
        assertEquals(set("1"), ids("pmid:30822226"));
        assertEquals(set("2"), ids("nct:NCT03537014"));
        assertEquals(set("1", "4"), ids("has:news"));
        assertEquals(set("1", "2", "3"), ids("has:outcomes"));
        assertEquals(set("1", "2", "3"), ids("has:results"));
    }

    @Test
    void booleanLogic() {
        assertEquals(set("1", "2", "3", "4", "6"), ids("mdma OR psilocybin"));
        assertEquals(set("1"), ids("substance:mdma -design:rct"));
        assertEquals(set("1"), ids("substance:mdma NOT design:rct"));
        assertEquals(set("3", "4", "5", "6"), ids("NOT substance:mdma"));
        assertEquals(set("3", "4", "5", "6"), ids("-substance:ecstasy"));
        assertEquals(set("2", "5"), ids("(substance:mdma OR substance:ketamine) AND n>50"));
        assertEquals(set("1", "5"), ids("design:qualitative OR design:cohort"));
        assertEquals(set("4"), ids("substance:psilocybin has:news"));
        assertEquals(set(), ids("substance:mdma substance:ketamine"));
    }

    @Test
    void theDesignExampleQuery() {
        assertEquals(set("1"), ids("substance:mdma condition:ptsd n>=10 year:2015..2024 \"self-awareness\""));
        assertEquals(set("2"), ids("substance:mdma condition:ptsd design:rct n>=50 year:2015..2024"));
    }

    @Test
    void stopWordsAloneMatchEverything() {
        assertEquals(6, service.search("the", SearchOptions.defaults()).total());
        assertEquals(set("1", "2"), ids("the substance:mdma"));
    }

    @Test
    void facetCountsAreLabelledByTermName() {
        SearchResults r = service.search("", SearchOptions.defaults().facets(true));
        assertEquals(6, r.total());
        assertEquals(2, r.facetCount("substance", "mdma"));
        assertEquals(3, r.facetCount("substance", "psilocybin"));
        assertEquals(1, r.facetCount("substance", "ketamine"));
        assertEquals("MDMA", label(r, "substance", "mdma"));
        assertEquals("post-traumatic stress disorder", label(r, "condition", "ptsd"));
        assertEquals(2, r.facetCount("design", "rct"));
        assertEquals(2, r.facetCount("year", "2021"));
        assertEquals(2, r.facetCount("phase", "2"));
        assertEquals(1, r.facetCount("journal", "Journal of Psychoactive Drugs"));
        assertEquals(1, r.facetCount("outlet", "PsyPost"));
        assertEquals(List.of("substance", "condition", "design", "phase", "year", "journal", "outlet"),
                new ArrayList<>(r.facets().keySet()));
        assertEquals("psilocybin", r.facets().get("substance").get(0).value(), "sorted by count");
    }

    @Test
    void facetsFollowTheQuery() {
        SearchResults r = service.search("condition:\"mood disorder\"", SearchOptions.defaults().facets(true));
        assertEquals(3, r.total());
        assertEquals(0, r.facetCount("substance", "mdma"));
        assertEquals(2, r.facetCount("substance", "psilocybin"));
        assertEquals(1, r.facetCount("condition", "bipolar"));
    }

    @Test
    void noFacetsUnlessAsked() {
        assertTrue(service.search("mdma", SearchOptions.defaults()).facets().isEmpty());
    }

    @Test
    void drillDownFiltersAndCountsSideways() {
        SearchResults r = service.search("", SearchOptions.defaults().facets(true).drillDown("substance", "MDMA"));
        assertEquals(2, r.total());
        assertEquals(set("1", "2"), new HashSet<>(r.ids()));
        // the drilled dimension still shows the alternatives ...
        assertEquals(3, r.facetCount("substance", "psilocybin"));
        // ... the others count within the drill-down
        assertEquals(1, r.facetCount("design", "rct"));
        assertEquals(1, r.facetCount("design", "qualitative"));
        assertEquals(0, r.facetCount("design", "cohort"));
    }

    @Test
    void drillDownCombinesWithQueryAndOtherDimensions() {
        SearchOptions opts = SearchOptions.defaults().drillDown("design", "randomized controlled trial")
                .drillDown("year", "2021");
        assertEquals(set("2", "4"), new HashSet<>(service.search("", opts).ids()));
        assertEquals(List.of("4"), service.search("substance:psilocybin", opts).ids());
        assertEquals(set("3", "4", "6"),
                new HashSet<>(service.search("", SearchOptions.defaults().drillDown("substance", "classic psychedelic")).ids()));
        assertThrows(IllegalArgumentException.class,
                () -> service.search("", SearchOptions.defaults().drillDown("colour", "red")));
    }

    @Test
    void drillDownOnEveryFacetValueFindsWhatItCounts() {
        SearchResults all = service.search("", SearchOptions.defaults().facets(true));
        int checked = 0;
        for (Map.Entry<String, List<FacetValue>> dim : all.facets().entrySet()) {
            for (FacetValue v : dim.getValue()) {
                SearchOptions drill = SearchOptions.defaults().drillDown(dim.getKey(), v.value());
                assertEquals(v.count(), service.search("", drill).total(), dim.getKey() + ":" + v.value());
                // with facets, drill-sideways: the drilled dimension still counts as if not drilled
                SearchResults sideways = service.search("", drill.facets(true));
                assertEquals(v.count(), sideways.total(), dim.getKey() + ":" + v.value() + " sideways");
                assertEquals(dim.getValue(), sideways.facets().get(dim.getKey()), dim.getKey() + " sideways counts");
                checked++;
            }
        }
        assertTrue(checked >= 15, "every dimension has values: " + checked);
        assertEquals(List.of("1"), service.search("", SearchOptions.defaults().drillDown("journal",
                "Journal of Psychoactive Drugs")).ids());
        assertEquals(List.of("1"), service.search("", SearchOptions.defaults().drillDown("outlet", "PsyPost")).ids());
        // a year drills down on its facet value only
        assertEquals(0, service.search("", SearchOptions.defaults().drillDown("year", "02021")).total());
        assertEquals(0, service.search("", SearchOptions.defaults().drillDown("year", "recent")).total());
        assertEquals(0, service.search("", SearchOptions.defaults().drillDown("journal", "Journal")).total());
    }

    @Test
    void sortByYearNewestFirstMissingLast() {
        List<String> ids = service.search("", SearchOptions.defaults().sort(Sort.YEAR)).ids();
        assertEquals(6, ids.size());
        assertEquals(set("2", "4"), Set.copyOf(ids.subList(0, 2)));
        assertEquals(List.of("1", "3", "5", "6"), ids.subList(2, 6));
    }

    @Test
    void sortBySampleSizeLargestFirstMissingLast() {
        assertEquals(List.of("5", "2", "4", "1", "3", "6"), service.search("", SearchOptions.defaults().sort(Sort.N)).ids());
    }

    @Test
    void totalsStayExactWhenOnlyThePageIsCollected() {
        assertTrue(ids("psilocybin").size() > 1, "a query with more matches than the page");
        for (String q : List.of("psilocybin", "mdma OR psilocybin", "psilocybin -mdma", "\"quality of life\"",
                "substance:mdma -condition:depression", "psilocybin -mdma -depression", "substance:psychedelic -mdma",
                "psilocybin depression", "substance:psychedelic", "", "psilocybin year>=2000")) {
            List<String> all = service.search(q, SearchOptions.defaults().limit(100)).ids();
            for (Sort sort : Sort.values()) {
                List<String> sorted = service.search(q, SearchOptions.defaults().limit(100).sort(sort)).ids();
                for (boolean facets : new boolean[] {false, true}) {
                    SearchResults one = service.search(q, SearchOptions.defaults().limit(1).sort(sort).facets(facets));
                    assertEquals(all.size(), one.total(), q + " by " + sort + (facets ? " with facets" : ""));
                    assertEquals(sorted.isEmpty() ? List.of() : sorted.subList(0, 1), one.ids(), q + " by " + sort);
                }
            }
        }
    }

    @Test
    void excludingTermsFindsTheDifferenceAndCountsIt() {
        String[][] pairs = {{"substance:psychedelic", "substance:mdma"}, {"substance:mdma", "substance:mdma"},
            {"substance:psychedelic", "substance:psilocybin"}, {"substance:psilocybin", "condition:depression"},
            {"substance:psychedelic", "(substance:mdma OR substance:psilocybin)"}};
        for (String[] p : pairs) {
            Set<String> expected = new HashSet<>(ids(p[0]));
            expected.removeAll(ids(p[1]));
            String q = p[0] + " -" + p[1];
            assertEquals(expected, ids(q), q);
            assertEquals(expected.size(), service.search(q, SearchOptions.defaults().limit(1)).total(), q);
        }
        assertTrue(ids("substance:psychedelic").size() > ids("substance:psychedelic -substance:mdma").size());
    }

    @Test
    void filtersAloneRankNewestFirstLikeEqualScoresDo() {
        for (String q : List.of("", "has:outcomes", "year>=2000 -substance:mdma", "substance:psychedelic")) {
            List<String> byRelevance = service.search(q, SearchOptions.defaults().limit(100)).ids();
            assertEquals(service.search(q, SearchOptions.defaults().limit(100).sort(Sort.YEAR)).ids(), byRelevance, q);
            for (int offset = 0; offset < byRelevance.size(); offset++) {
                SearchResults one = service.search(q, SearchOptions.defaults().limit(1).offset(offset));
                assertEquals(List.of(byRelevance.get(offset)), one.ids(), q + " at " + offset);
                assertTrue(one.hits().get(0).score() > 0, "hits keep their score");
            }
        }
    }

    @Test
    void sortedHitsStillCarryScores() {
        SearchResults r = service.search("psilocybin", SearchOptions.defaults().sort(Sort.N));
        assertTrue(r.hits().stream().allMatch(h -> h.score() > 0));
    }

    @Test
    void relevancePutsTitleMatchesFirst() {
        List<String> ids = service.search("ketamine", SearchOptions.defaults()).ids();
        assertEquals(List.of("5"), ids);
        List<String> ptsd = service.search("ptsd", SearchOptions.defaults()).ids();
        assertEquals(set("1", "2"), Set.copyOf(ptsd.subList(0, 2)));
        SearchResults r = service.search("psilocybin", SearchOptions.defaults());
        assertTrue(r.hits().get(0).score() >= r.hits().get(r.hits().size() - 1).score());
    }

    @Test
    void pagingCoversEveryHitOnce() {
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 4) {
            SearchResults page = service.search("", SearchOptions.defaults().sort(Sort.N).limit(4).offset(offset));
            assertEquals(6, page.total());
            all.addAll(page.ids());
        }
        assertEquals(List.of("5", "2", "4", "1", "3", "6"), all);
        SearchResults beyond = service.search("", SearchOptions.defaults().offset(10));
        assertEquals(6, beyond.total());
        assertTrue(beyond.hits().isEmpty());
        SearchResults countOnly = service.search("substance:mdma", SearchOptions.defaults().limit(0));
        assertEquals(2, countOnly.total());
        assertTrue(countOnly.hits().isEmpty());
    }

    @Test
    void hitsCarryDisplayFields() {
        SearchHit h = service.search("doi:10.1080/02791072.2019.1580805", SearchOptions.defaults()).hits().get(0);
        assertEquals("1", h.id());
        assertTrue(h.title().startsWith("Patient perspectives on MDMA-assisted psychotherapy"));
        assertEquals("Barone et al., 2019, Journal of Psychoactive Drugs", h.citation());
        assertEquals("qualitative", h.design());
        assertEquals(19, h.n());
        assertEquals(2019, h.year());
        assertEquals(List.of("MDMA"), h.substances());
        assertEquals(List.of("post-traumatic stress disorder"), h.conditions());
        assertEquals(List.of("15/19 (79%) significant reduction in symptoms (> 30% reduction), 12 months"), h.outcomes());
        SearchHit noYear = service.search("author:muller", SearchOptions.defaults()).hits().get(0);
        assertEquals("Müller, n.d., Revista Brasileira de Psiquiatria", noYear.citation());
        assertEquals(null, noYear.n());
        assertEquals(null, noYear.year());
    }

    @Test
    void highlightsMarkTheMatchedWords() {
        SearchHit h = service.search("self-awareness", SearchOptions.defaults()).hits().get(0);
        assertFalse(h.highlights().isEmpty());
        Highlight first = h.highlights().get(0);
        assertEquals("abstract", first.field());
        assertTrue(first.text().contains("«self-awareness»"), "a phrase is marked as one span: " + first.text());
        assertTrue(h.highlights().size() <= 3);
        assertTrue(h.highlights().stream().anyMatch(x -> x.field().equals("finding")));
    }

    @Test
    void highlightsComeFromWriteUpsAndStemmedForms() {
        SearchHit h = service.search("reductions outlet:psypost", SearchOptions.defaults()).hits().get(0);
        assertTrue(h.highlights().stream().anyMatch(x -> x.field().equals("news") && x.text().contains("«reduction»")),
                h.highlights().toString());
        assertTrue(h.highlights().contains(new Highlight("outcome",
                "15/19 (79%) significant «reduction» in symptoms (> 30% «reduction»), 12 months")), h.highlights().toString());
        assertTrue(h.highlights().contains(new Highlight("news",
                "Fifteen of 19 participants showed significant «reduction» in symptoms one year later.")),
                "a write-up body is whole at its start: no ellipsis " + h.highlights());
    }

    @Test
    void aPassageCutFromALongerTextShowsAnEllipsis() {
        SearchHit h = service.search("preferred", SearchOptions.defaults()).hits().get(0);
        assertEquals(List.of(new Highlight("abstract", "…Most «preferred» group settings.")), h.highlights());
    }

    @Test
    void onlyTitleMatchHighlightsTheTitle() {
        SearchHit h = service.search("retrospective", SearchOptions.defaults()).hits().get(0);
        assertEquals(List.of(new Highlight("title",
                "Ketamine infusions in bipolar depression: a «retrospective» cohort")), h.highlights());
    }

    @Test
    void fieldOnlyQueriesHaveNoHighlightsAndHighlightsCanBeOff() {
        assertTrue(service.search("substance:mdma", SearchOptions.defaults()).hits().get(0).highlights().isEmpty());
        assertTrue(service.search("mdma", SearchOptions.defaults().highlights(false)).hits().get(0).highlights().isEmpty());
    }

    @Test
    void syntaxErrorsPropagate() {
        assertThrows(QuerySyntaxException.class, () -> service.search("substnce:mdma", SearchOptions.defaults()));
    }
}
