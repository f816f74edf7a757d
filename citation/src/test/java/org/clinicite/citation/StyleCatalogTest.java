package org.clinicite.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StyleCatalogTest {
    private final StyleCatalog catalog = StyleCatalog.bundled();

    @Test
    void listsIndependentAndDependentStylesFromTheJar() {
        List<StyleInfo> all = catalog.all();
        assertTrue(all.size() > 10_000, "expected the full styles artifact, got " + all.size());
        StyleInfo apa = catalog.get("apa").orElseThrow();
        assertEquals("APA Style 7th edition", apa.title());
        assertFalse(apa.dependent());
        assertNull(apa.parentId());
        StyleInfo jama = catalog.get("jama").orElseThrow();
        assertTrue(jama.dependent());
        assertEquals("american-medical-association", jama.parentId());
        assertTrue(jama.title().startsWith("JAMA"), jama.title());
        assertEquals(all.stream().map(StyleInfo::id).sorted().toList(), all.stream().map(StyleInfo::id).toList());
    }

    @Test
    void titlesAreUnescaped() {
        assertTrue(catalog.all().stream().noneMatch(s -> s.title().contains("&amp;")));
        assertTrue(catalog.find("applied materials & interfaces").stream()
                .anyMatch(s -> s.id().equals("acs-applied-materials-and-interfaces")));
    }

    @Test
    void findMatchesIdAndTitleIgnoringCase() {
        List<String> lancet = catalog.find("LanCet").stream().map(StyleInfo::id).toList();
        assertTrue(lancet.contains("the-lancet"), lancet.toString());
        assertTrue(lancet.stream().allMatch(id -> id.contains("lancet")
                || catalog.get(id).orElseThrow().title().toLowerCase(Locale.ROOT).contains("lancet")));
        // by title only: the id "jama" does not contain these words
        assertTrue(catalog.find("journal of the american medical association").stream()
                .anyMatch(s -> s.id().equals("jama")));
        assertTrue(catalog.find("no-such-style-anywhere-xyz").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"apa", "american-medical-association", "chicago-author-date", "modern-language-association",
            "nature", "ieee", "harvard-cite-them-right", "the-lancet", "bmj"})
    void resolvesIndependentStyles(String id) {
        ResolvedStyle style = catalog.resolve(id);
        assertEquals(id, style.info().id());
        assertEquals(style.info(), style.renderedWith());
        assertTrue(style.xml().contains("<id>http://www.zotero.org/styles/" + id + "</id>"));
        assertEquals("bundled:" + id, style.cacheKey());
    }

    @Test
    void dependentStyleKeepsItsOwnNameButUsesItsParentsXml() {
        ResolvedStyle jama = catalog.resolve("jama");
        assertEquals("jama", jama.info().id());
        assertTrue(jama.info().title().startsWith("JAMA"));
        assertEquals("american-medical-association", jama.renderedWith().id());
        assertTrue(jama.xml().contains("<id>http://www.zotero.org/styles/american-medical-association</id>"));
        assertTrue(jama.xml().contains("<bibliography"));
        assertEquals("bundled:american-medical-association", jama.cacheKey());
    }

    @ParameterizedTest
    @CsvSource({"vancouver,nlm-citation-sequence", "ama,american-medical-association",
            "mla,modern-language-association", "chicago,chicago-author-date", "harvard,harvard-cite-them-right",
            "VANCOUVER,nlm-citation-sequence", "http://www.zotero.org/styles/jama,jama", "apa.csl,apa"})
    void resolvesAliasesAndUris(String asked, String expectedId) {
        assertEquals(expectedId, catalog.resolve(asked).info().id());
    }

    @Test
    void unknownStyleSuggestsNearestIds() {
        UnknownStyleException e = assertThrows(UnknownStyleException.class, () -> catalog.resolve("vancuver"));
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("unknown citation style 'vancuver'"), e.getMessage());
        assertTrue(e.getMessage().contains("run `clinicite styles --match TEXT` to list styles"), e.getMessage());
        assertEquals("vancouver", e.suggestions().get(0), e.suggestions().toString());
        assertTrue(e.suggestions().size() <= 5);
        assertTrue(e.getMessage().contains("vancouver"));

        UnknownStyleException typo = assertThrows(UnknownStyleException.class,
                () -> catalog.resolve("chicago-note-bibliography"));
        assertEquals("chicago-notes-bibliography", typo.suggestions().get(0), typo.suggestions().toString());

        UnknownStyleException sub = assertThrows(UnknownStyleException.class, () -> catalog.resolve("lancet-psych"));
        assertTrue(sub.suggestions().stream().anyMatch(s -> s.contains("lancet")), sub.suggestions().toString());
    }

    @Test
    void resolvesACslFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-ieee.csl");
        Files.writeString(file, catalog.resolve("ieee").xml(), StandardCharsets.UTF_8);
        ResolvedStyle style = catalog.resolve(file.toString());
        assertEquals("my-ieee", style.info().id());
        assertTrue(style.info().title().startsWith("IEEE"));
        assertTrue(style.cacheKey().startsWith("file:"));
    }

    @Test
    void resolvesADependentCslFileAgainstTheBundledParent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("house-style.csl");
        Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-GB">
                  <info>
                    <title>House style</title>
                    <id>http://example.org/house-style</id>
                    <link href="http://www.zotero.org/styles/nature" rel="independent-parent"/>
                  </info>
                </style>
                """, StandardCharsets.UTF_8);
        ResolvedStyle style = catalog.resolve(file.toString());
        assertEquals("House style", style.info().title());
        assertEquals("nature", style.renderedWith().id());
        assertEquals("en-GB", style.defaultLocale());
    }

    @Test
    void refusesFilesWithADoctype(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evil.csl");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE style SYSTEM \"http://example.org/x.dtd\">"
                + "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><info><title>x</title></info></style>");
        CitationException e = assertThrows(CitationException.class, () -> catalog.resolve(file.toString()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void missingFileIsReported(@TempDir Path dir) {
        CitationException e = assertThrows(CitationException.class,
                () -> catalog.resolve(dir.resolve("nope.csl").toString()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aParentOutsideTheBundleIsAnErrorNotADownload(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("orphan.csl");
        Files.writeString(file, """
                <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
                  <info><title>Orphan</title>
                    <link href="http://www.zotero.org/styles/no-such-parent-style" rel="independent-parent"/>
                  </info>
                </style>
                """, StandardCharsets.UTF_8);
        CitationException e = assertThrows(CitationException.class, () -> catalog.resolve(file.toString()));
        assertTrue(e.getMessage().contains("'no-such-parent-style', which is not among the bundled styles"),
                e.getMessage());
    }
}
