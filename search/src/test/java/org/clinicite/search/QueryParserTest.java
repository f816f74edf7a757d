package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.clinicite.search.QueryNode.All;
import org.clinicite.search.QueryNode.And;
import org.clinicite.search.QueryNode.Name;
import org.clinicite.search.QueryNode.Not;
import org.clinicite.search.QueryNode.Or;
import org.clinicite.search.QueryNode.Range;
import org.clinicite.search.QueryNode.Terms;
import org.clinicite.search.QueryNode.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {
    private final QueryParser parser = new QueryParser(Fixtures.vocabulary());

    private QueryNode parse(String q) {
        return parser.parse(q).root();
    }

    private QuerySyntaxException error(String q) {
        return assertThrows(QuerySyntaxException.class, () -> parser.parse(q));
    }

    @Test
    void blankQueryMatchesEverything() {
        assertEquals(new All(), parse(""));
        assertEquals(new All(), parse("   "));
        assertEquals(new All(), parse(null));
    }

    @Test
    void wordsAndPhrasesAreFreeTextJoinedByAnd() {
        assertEquals(new Text("mdma", false), parse("mdma"));
        assertEquals(new And(List.of(new Text("mdma", false), new Text("self-awareness", true))),
                parse("mdma \"self-awareness\""));
    }

    @Test
    void theDesignExampleParses() {
        QueryNode q = parse("substance:mdma condition:ptsd design:rct n>=50 year:2015..2024 \"self-awareness\"");
        assertEquals(new And(List.of(
                new Terms(QueryField.SUBSTANCE, Set.of("mdma")),
                new Terms(QueryField.CONDITION, Set.of("ptsd")),
                new Terms(QueryField.DESIGN, Set.of("rct")),
                new Range(QueryField.N, 50, null),
                new Range(QueryField.YEAR, 2015, 2024),
                new Text("self-awareness", true))), q);
    }

    @Test
    void substancesResolveSynonymsAndExpandNarrowerTerms() {
        assertEquals(new Terms(QueryField.SUBSTANCE, Set.of("mdma")), parse("substance:ecstasy"));
        assertEquals(new Terms(QueryField.SUBSTANCE, Set.of("mdma")), parse("substance:MDMA"));
        assertEquals(new Terms(QueryField.SUBSTANCE,
                Set.of("psychedelic", "entactogen", "classic-psychedelic", "mdma", "psilocybin")),
                parse("substance:psychedelic"));
    }

    @Test
    void conditionsTakeQuotedNamesAndAbbreviations() {
        Terms ptsd = new Terms(QueryField.CONDITION, Set.of("ptsd"));
        assertEquals(ptsd, parse("condition:\"post-traumatic stress disorder\""));
        assertEquals(ptsd, parse("condition:PTSD"));
        assertEquals(new Terms(QueryField.CONDITION, Set.of("mood-disorder", "major-depressive-disorder", "bipolar")),
                parse("condition:\"mood disorder\""));
    }

    @Test
    void unknownTermFallsBackToTextWithANotice() {
        ParsedQuery p = parser.parse("substance:ayahuasca");
        assertEquals(new Text("ayahuasca", true), p.root());
        assertEquals(List.of("substance 'ayahuasca' is not in the vocabulary; searched as text"), p.notices());
    }

    @Test
    void designTakesCodesAndLabels() {
        assertEquals(new Terms(QueryField.DESIGN, Set.of("rct")), parse("design:\"randomized controlled trial\""));
        assertEquals(new Terms(QueryField.DESIGN, Set.of("open-label")), parse("design:open-label"));
        assertEquals(new Terms(QueryField.DESIGN, Set.of("qualitative")), parse("design:QUALITATIVE"));
        assertEquals(new Terms(QueryField.DESIGN, Set.of("cohort")), parse("design:cohort"));
    }

    @Test
    void phaseIsNormalised() {
        assertEquals(new Terms(QueryField.PHASE, Set.of("2")), parse("phase:2"));
        assertEquals(new Terms(QueryField.PHASE, Set.of("3")), parse("phase:III"));
        assertEquals(new Terms(QueryField.PHASE, Set.of("2/3")), parse("phase:\"Phase 2/Phase 3\""));
    }

    @Test
    void nameFields() {
        assertEquals(new Name(QueryField.JOURNAL, "psychoactive drugs"), parse("journal:\"psychoactive drugs\""));
        assertEquals(new Name(QueryField.AUTHOR, "barone"), parse("author:barone"));
        assertEquals(new Name(QueryField.OUTLET, "PsyPost"), parse("outlet:PsyPost"));
    }

    @ParameterizedTest
    @CsvSource({
        "year:2019, YEAR, 2019, 2019",
        "year:2015..2024, YEAR, 2015, 2024",
        "year:2015-2024, YEAR, 2015, 2024",
        "year:2015.., YEAR, 2015, ",
        "year:..2024, YEAR, , 2024",
        "year>=2015, YEAR, 2015, ",
        "year<2016, YEAR, , 2015",
        "n>=50, N, 50, ",
        "n>50, N, 51, ",
        "n<=100, N, , 100",
        "n<100, N, , 99",
        "n=19, N, 19, 19",
        "n:20..100, N, 20, 100",
        "N:19, N, 19, 19"
    })
    void ranges(String query, QueryField field, Integer min, Integer max) {
        assertEquals(new Range(field, min, max), parse(query));
    }

    @Test
    void identifiersAreNormalised() {
        assertEquals(new Terms(QueryField.DOI, Set.of("10.1080/02791072.2019.1580805")),
                parse("doi:https://doi.org/10.1080/02791072.2019.1580805"));
        assertEquals(new Terms(QueryField.PMID, Set.of("30822226")), parse("pmid:30822226"));
        assertEquals(new Terms(QueryField.NCT, Set.of("NCT03537014")), parse("nct:nct03537014"));
        assertEquals(new Terms(QueryField.DOI, Set.of("10.1016/s0140-6736(20)30")),
                parse("doi:10.1016/S0140-6736(20)30"));
    }

    @Test
    void hasFlags() {
        assertEquals(new Terms(QueryField.HAS, Set.of("news")), parse("has:news"));
        assertEquals(new Terms(QueryField.HAS, Set.of("outcomes")), parse("has:outcomes"));
        assertEquals(new Terms(QueryField.HAS, Set.of("results")), parse("has:Results"));
    }

    @Test
    void booleanPrecedenceNotThenAndThenOr() {
        Text a = new Text("a", false);
        Text b = new Text("b", false);
        Text c = new Text("c", false);
        assertEquals(new Or(List.of(new And(List.of(a, b)), c)), parse("a b OR c"));
        assertEquals(new Or(List.of(new And(List.of(a, b)), c)), parse("a AND b OR c"));
        assertEquals(new And(List.of(a, new Or(List.of(b, c)))), parse("a AND (b OR c)"));
        assertEquals(new And(List.of(a, new Not(b))), parse("a NOT b"));
        assertEquals(new And(List.of(a, new Not(b))), parse("a -b"));
        assertEquals(new Not(new Or(List.of(a, b))), parse("-(a OR b)"));
        assertEquals(new Not(new Not(a)), parse("NOT NOT a"));
        assertEquals(new Or(List.of(a, new Not(b))), parse("a OR NOT b"));
    }

    @Test
    void lowerCaseOperatorsAndInnerHyphensAreWords() {
        assertEquals(new And(List.of(new Text("a", false), new Text("or", false), new Text("b", false))),
                parse("a or b"));
        assertEquals(new Text("covid-19", false), parse("covid-19"));
        assertEquals(new Text("a-b", false), parse("a-b"));
    }

    @Test
    void fieldClausesCombine() {
        QueryNode q = parse("(substance:mdma OR substance:ketamine) AND n>50 -design:rct");
        assertInstanceOf(And.class, q);
        List<QueryNode> parts = ((And) q).children();
        assertEquals(3, parts.size());
        assertEquals(new Or(List.of(new Terms(QueryField.SUBSTANCE, Set.of("mdma")),
                new Terms(QueryField.SUBSTANCE, Set.of("ketamine")))), parts.get(0));
        assertEquals(new Not(new Terms(QueryField.DESIGN, Set.of("rct"))), parts.get(2));
    }

    @Test
    void unknownFieldSuggestsTheNearest() {
        QuerySyntaxException e = error("substnce:mdma");
        assertEquals("unknown field 'substnce' at 1; did you mean 'substance'?", e.getMessage());
        assertEquals(1, e.position());
        assertEquals("substnce:mdma\n^", e.caretLine());
        assertEquals("unknown field 'conditon' at 7; did you mean 'condition'?", error("mdma  conditon:ptsd").getMessage());
        assertEquals("unknown field 'yaer' at 1; did you mean 'year'?", error("yaer:2019").getMessage());
        assertTrue(error("zzzzzz:1").getMessage().startsWith("unknown field 'zzzzzz' at 1; fields are substance,"));
    }

    @Test
    void errorsCarryPositions() {
        assertEquals("unterminated quote at 6; add a closing '\"'", error("mdma \"self aware").getMessage());
        assertEquals(6, error("mdma )").position());
        assertEquals("missing ')' at 13; the '(' at 1 is not closed", error("(mdma OR lsd").getMessage());
        assertEquals("'OR' needs a term after it at 6", error("mdma OR").getMessage());
        assertEquals("'AND' needs a term before it at 1", error("AND mdma").getMessage());
        assertEquals("missing value after 'substance:' at 11", error("substance: mdma").getMessage());
        assertEquals("empty parentheses at 1", error("()").getMessage());
        assertEquals(1, error("\"\"").position());
    }

    @Test
    void valueErrorsPointAtTheValue() {
        QuerySyntaxException design = error("design:rtc");
        assertEquals("unknown design 'rtc' at 8; did you mean 'rct'?", design.getMessage());
        assertEquals("design:rtc\n       ^", design.caretLine());
        assertEquals("'n>=' needs a number, not 'fifty' at 4; e.g. n>=50 or n:20..100",
                error("n>=fifty").getMessage());
        assertEquals("empty range 2024..2015 at 6; the lower bound comes first", error("year:2024..2015").getMessage());
        assertEquals("unknown value 'has:newz' at 5; did you mean 'news'?", error("has:newz").getMessage());
        assertEquals("not a valid DOI: 'xyz' at 5", error("doi:xyz").getMessage());
        assertEquals("not a valid NCT: '123' at 5", error("nct:123").getMessage());
        assertEquals("'design' takes ':' not '>=' at 1", error("design>=rct").getMessage());
    }
}
