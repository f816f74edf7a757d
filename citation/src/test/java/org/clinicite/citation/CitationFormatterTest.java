package org.clinicite.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationFormatterTest {
    /**
     * citeproc-java's real APA output in TEXT. APA 7 also wants the journal name and volume in italics;
     * plain text cannot carry that, so {@link #htmlHasMarkupAndEscapes()} checks the italics in HTML.
     */
    private static final String BARONE_APA = "Barone, W., Beck, J., Mitsunaga-Whitten, M., & Perl, P. (2019). "
            + "Perceived benefits of MDMA-assisted psychotherapy beyond symptom reduction: qualitative follow-up "
            + "study of a clinical trial for individuals with treatment-resistant PTSD. Journal of Psychoactive "
            + "Drugs, 51(2), 199–208. https://doi.org/10.1080/02791072.2019.1580805";

    private final CitationFormatter formatter = new CitationFormatter();

    @Test
    void apaBibliographyEntryIsExact() {
        Bibliography b = formatter.format(List.of(TestItems.barone()), "apa", OutputFormat.TEXT, null);
        assertEquals(List.of(BARONE_APA), b.entryTexts());
        String entry = b.entryTexts().get(0);
        assertTrue(entry.startsWith("Barone, W., Beck, J., Mitsunaga-Whitten, M., & Perl, P. (2019). Perceived "
                + "benefits of MDMA-assisted psychotherapy beyond symptom reduction"));
        assertTrue(entry.endsWith("https://doi.org/10.1080/02791072.2019.1580805"));
        assertEquals(BARONE_APA + "\n", b.text());
        assertEquals("s1", b.entries().get(0).id());
        assertEquals("en-US", b.locale());
        assertTrue(b.issues().isEmpty(), b.issues().toString());
    }

    @Test
    void stubWithoutDateOrDoiFormatsWithNoDate() {
        Bibliography b = formatter.format(List.of(TestItems.stub()), "apa", OutputFormat.TEXT, "en-US");
        assertEquals(List.of("Okafor, N., & Lindqvist, S. (n.d.). Ketamine for treatment-resistant depression. "
                + "The Lancet Psychiatry."), b.entryTexts());
        assertTrue(b.errors().isEmpty());
    }

    @Test
    void apaSortsEntriesAndKeepsInputIndexes() {
        Bibliography b = formatter.format(List.of(TestItems.stub(), TestItems.barone()), "apa", OutputFormat.TEXT, null);
        assertEquals(List.of("s1", "stub"), b.entries().stream().map(Bibliography.Entry::id).toList());
        assertEquals(List.of(1, 0), b.entries().stream().map(Bibliography.Entry::index).toList());
    }

    @Test
    void inTextCitations() {
        assertEquals(List.of("(Barone et al., 2019)", "(Okafor & Lindqvist, n.d.)"),
                formatter.citations(TestItems.both(), "apa", OutputFormat.TEXT, null));
        assertEquals(List.of("[1]"), formatter.citations(List.of(TestItems.barone()), "ieee", OutputFormat.TEXT, null));
        assertEquals(List.of("[1]", "[2]"), formatter.citations(TestItems.both(), "ieee", OutputFormat.TEXT, null));
        assertEquals(List.of("(Barone et al., 2019)"),
                formatter.citations(List.of(TestItems.barone()), "apa", OutputFormat.HTML, null));
    }

    @Test
    void numericTextBibliographySeparatesTheLabel() {
        Bibliography b = formatter.format(TestItems.both(), "ieee", OutputFormat.TEXT, null);
        assertTrue(b.entryTexts().get(0).startsWith("[1] W. Barone, J. Beck"), b.entryTexts().get(0));
        assertTrue(b.entryTexts().get(1).startsWith("[2] N. Okafor"), b.entryTexts().get(1));
    }

    @Test
    void htmlHasMarkupAndEscapes() {
        Bibliography b = formatter.format(List.of(TestItems.barone()), "apa", OutputFormat.HTML, null);
        String entry = b.entryTexts().get(0);
        assertTrue(entry.startsWith("<div class=\"csl-entry\">Barone, W., Beck, J., Mitsunaga-Whitten, M., &amp; Perl, P."),
                entry);
        assertTrue(entry.contains("<span style=\"font-style: italic\">Journal of Psychoactive Drugs</span>, "
                + "<span style=\"font-style: italic\">51</span>(2)"), entry);
        assertTrue(b.text().startsWith("<div class=\"csl-bib-body\">"));

        JsonNode risky = CslJson.parse("""
                {"id":"r","type":"article-journal","title":"Dose <10 mg & placebo","author":[{"family":"Müller","given":"Jörg"}],
                 "container-title":"Trials","issued":{"date-parts":[[2020]]}}""").get(0);
        String html = formatter.format(List.of(risky), "apa", OutputFormat.HTML, null).entryTexts().get(0);
        assertTrue(html.contains("Dose &lt;10 mg &amp; placebo"), html);
        assertFalse(html.contains("<10"), html);
    }

    @Test
    void rtfIsAnRtfDocumentWithItalics() {
        Bibliography b = formatter.format(TestItems.both(), "apa", OutputFormat.RTF, null);
        assertTrue(b.text().startsWith("{\\rtf"), b.text());
        assertTrue(b.text().endsWith("}"));
        String entry = b.entryTexts().get(0);
        assertTrue(entry.startsWith("{\\pard Barone, W."), entry);
        assertTrue(entry.contains("{\\i Journal of Psychoactive Drugs}, {\\i 51}(2), 199\\u8211?208."), entry);
        assertTrue(b.text().chars().allMatch(c -> c < 0x80), "RTF must be 7-bit with \\u escapes");
        assertEquals(2, b.entries().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jama", "the-lancet", "bmj", "vancouver", "american-medical-association", "nature",
            "modern-language-association", "chicago-author-date", "harvard-cite-them-right"})
    void majorStylesFormat(String style) {
        Bibliography b = formatter.format(TestItems.both(), style, OutputFormat.TEXT, null);
        assertEquals(2, b.entries().size());
        assertEquals(StyleCatalog.bundled().resolve(style).info().id(), b.style());
        assertTrue(b.entryTexts().stream().anyMatch(e -> e.contains("Barone")), b.text());
        assertTrue(b.entryTexts().stream().allMatch(e -> !e.isBlank()));
        assertEquals(2, formatter.citations(TestItems.both(), style, OutputFormat.TEXT, null).size());
    }

    @Test
    void dependentAndAliasStylesRenderLikeTheirTargets() {
        assertEquals(List.of("1. Barone W, Beck J, Mitsunaga-Whitten M, Perl P. Perceived benefits of MDMA-assisted "
                        + "psychotherapy beyond symptom reduction: qualitative follow-up study of a clinical trial for "
                        + "individuals with treatment-resistant PTSD. Journal of Psychoactive Drugs. 2019;51(2):199-208. "
                        + "doi:10.1080/02791072.2019.1580805"),
                formatter.format(List.of(TestItems.barone()), "jama", OutputFormat.TEXT, null).entryTexts());
        assertEquals(formatter.format(TestItems.both(), "nlm-citation-sequence").entryTexts(),
                formatter.format(TestItems.both(), "vancouver").entryTexts());
        assertTrue(formatter.format(List.of(TestItems.barone()), "vancouver").entryTexts().get(0)
                .startsWith("1. Barone W, Beck J, Mitsunaga-Whitten M, Perl P. Perceived benefits"));
    }

    @Test
    void unknownStyleFailsWithSuggestions() {
        UnknownStyleException e = assertThrows(UnknownStyleException.class,
                () -> formatter.format(TestItems.both(), "jamma", OutputFormat.TEXT, null));
        assertTrue(e.suggestions().contains("jama"), e.suggestions().toString());
    }

    @Test
    void cslFilePathFormatsLikeTheBundledStyle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("copy-of-ieee.csl");
        Files.writeString(file, StyleCatalog.bundled().resolve("ieee").xml(), StandardCharsets.UTF_8);
        Bibliography fromFile = formatter.format(TestItems.both(), file.toString(), OutputFormat.TEXT, null);
        assertEquals(formatter.format(TestItems.both(), "ieee").entryTexts(), fromFile.entryTexts());
        assertEquals("copy-of-ieee", fromFile.style());
    }

    @Test
    void localesComeFromTheBundledArtifact() {
        Bibliography de = formatter.format(List.of(TestItems.stub()), "apa", OutputFormat.TEXT, "de-DE");
        assertEquals("de-DE", de.locale());
        // the German locale's "no date" term is "o. J." with a no-break space
        assertTrue(de.entryTexts().get(0).contains("(o.\u00a0J.)"), de.entryTexts().get(0));
        assertEquals("de-DE", formatter.format(List.of(TestItems.stub()), "apa", OutputFormat.TEXT, "de_de").locale());
        assertEquals("de-DE", formatter.format(List.of(TestItems.stub()), "apa", OutputFormat.TEXT, "de").locale());
        // the style's own default-locale applies when none is asked for
        assertEquals("en-GB", formatter.format(List.of(TestItems.stub()), "the-lancet", OutputFormat.TEXT, null).locale());

        UnknownLocaleException e = assertThrows(UnknownLocaleException.class,
                () -> formatter.format(List.of(TestItems.stub()), "apa", OutputFormat.TEXT, "xx-YY"));
        assertTrue(e.getMessage().contains("Unknown citation locale 'xx-YY'"), e.getMessage());
        assertTrue(e.getMessage().contains("de-DE"), e.getMessage());
    }

    @Test
    void badItemsAreReportedPerItemAndTheRestFormats() {
        List<Object> items = List.of(TestItems.barone(), Map.of(), new TextNode("not an object"),
                Map.of("id", "m1", "type", "book", "title", "A book from a Map", "issued", Map.of("date-parts",
                        List.of(List.of("2001")))));
        Bibliography b = formatter.format(items, "apa", OutputFormat.TEXT, null);
        // APA puts an authorless work under its title, so the book sorts before "Barone"
        assertEquals(List.of("m1", "s1"), b.entries().stream().map(Bibliography.Entry::id).toList());
        assertEquals("A book from a Map. (2001).", b.entryTexts().get(0));
        assertEquals(List.of(1, 2), b.errors().stream().map(ItemIssue::index).toList());
        assertTrue(b.errors().get(0).message().startsWith("CSL item #1 (no id): has no bibliographic data"),
                b.errors().get(0).message());
        assertTrue(b.errors().get(1).message().contains("expected a JSON object but found STRING"));

        CslItemException e = assertThrows(CslItemException.class,
                () -> formatter.citations(items, "apa", OutputFormat.TEXT, null));
        assertEquals(1, e.index());
    }

    @Test
    void itemsWithoutOrWithDuplicateIdsStillFormat() {
        JsonNode noId = CslJson.parse("{\"type\":\"report\",\"title\":\"Untitled trial report\",\"issued\":{\"date-parts\":[[2020]]}}").get(0);
        Bibliography b = formatter.format(List.of(TestItems.barone(), TestItems.barone(), noId), "ieee", OutputFormat.TEXT, null);
        assertEquals(3, b.entries().size());
        assertEquals(List.of("[1]", "[2]", "[3]"), formatter.citations(List.of(TestItems.barone(), TestItems.barone(), noId),
                "ieee", OutputFormat.TEXT, null));
    }

    @Test
    void styleWithoutBibliographyIsRefusedClearly() {
        CitationException e = assertThrows(CitationException.class,
                () -> formatter.format(TestItems.both(), "agora", OutputFormat.TEXT, null));
        assertTrue(e.getMessage().contains("defines no bibliography"), e.getMessage());
    }

    @Test
    void anItemCiteprocJavaCrashesOnIsSkippedWithItsIndex() {
        // citeproc-java 3.5.2 throws StringIndexOutOfBoundsException on this page range in the NLM styles
        JsonNode badPage = CslJson.parse("""
                {"id":"bad","type":"article-journal","title":"Odd pages","container-title":"BMJ Open","page":"e1–e"}
                """).get(0);
        Bibliography b = formatter.format(List.of(TestItems.barone(), badPage), "vancouver", OutputFormat.TEXT, null);
        assertEquals(List.of("s1"), b.entries().stream().map(Bibliography.Entry::id).toList());
        assertEquals(1, b.errors().size());
        assertEquals(1, b.errors().get(0).index());
        assertTrue(b.errors().get(0).message().startsWith("CSL item #1 (id 'bad'): citeproc-java could not format it"),
                b.errors().get(0).message());

        // in-text citations do not print pages, so they work; the engine is still usable after the failure
        assertEquals(List.of("(1)", "(2)"),
                formatter.citations(List.of(TestItems.barone(), badPage), "vancouver", OutputFormat.TEXT, null));
        assertEquals(1, formatter.format(List.of(TestItems.barone()), "vancouver").entries().size());
    }

    @Test
    void unevenDateRangesNoLongerCrashCiteproc() {
        JsonNode range = CslJson.parse("""
                {"id":"r","type":"article-journal","title":"Range","author":[{"family":"Ito","given":"Ken"}],
                 "issued":{"date-parts":[[2019,1],[2020,5,3]]}}""").get(0);
        Bibliography b = formatter.format(List.of(range), "apa", OutputFormat.TEXT, null);
        assertTrue(b.errors().isEmpty(), b.errors().toString());
        assertTrue(b.entryTexts().get(0).startsWith("Ito, K. (2019"), b.entryTexts().get(0));
        assertEquals(1, formatter.citations(List.of(range), "chicago-author-date", OutputFormat.TEXT, null).size());
    }
}
