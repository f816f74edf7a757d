package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextPageReaderTest {
    private static final String PROSE_1 = "Researchers report that a new treatment reduced symptoms in most of the people "
            + "who took part in the trial.";
    private static final String PROSE_2 = "The study, published in JAMA Psychiatry, followed the participants for a full "
            + "year after their last session.";

    private static NewsArticle read(String page) {
        return PlainTextPageReader.read(page.lines().toList());
    }

    @Test
    void dateBeforeHeadlineAndWrittenBy() {
        NewsArticle a = read("Health News Now\nHealth News Now\n23 March 2020\nA substantial headline about a new "
                + "psychedelic study\nWritten by Sam Writer\n\n" + PROSE_1 + "\n\n" + PROSE_2 + "\n");
        assertEquals("A substantial headline about a new psychedelic study", a.headline());
        assertEquals("Sam Writer", a.byline());
        assertEquals(LocalDate.of(2020, 3, 23), a.date());
        assertEquals("Health News Now", a.outlet());
        assertEquals(List.of(PROSE_1, PROSE_2), a.paragraphs());
    }

    @Test
    void headlinePrefersATitleOverAStandfirstSentence() {
        NewsArticle a = read("Ecstasy drug shows promise for trauma\nA second trial backs the therapy, though questions "
                + "remain.\nBy Sam Writer\nMar. 3, 2023\n\n" + PROSE_1 + "\n\n" + PROSE_2 + "\n");
        assertEquals("Ecstasy drug shows promise for trauma", a.headline());
    }

    @Test
    void outletFromWireDatelineAndPipeByline() {
        NewsArticle a = read("A substantial headline about a new psychedelic study\nSam Writer | Reuters\n"
                + "May 10, 2021\n\nLONDON (Reuters) - " + PROSE_1 + "\n\n" + PROSE_2 + "\n");
        assertEquals("Reuters", a.outlet());
        assertEquals("Sam Writer", a.byline());
    }

    @Test
    void outletFromSourceLineWhenNothingElseNamesIt() {
        NewsArticle a = read("A substantial headline about a new psychedelic study\nby Sam Writer\nMay 10, 2021\n\n"
                + PROSE_1 + "\n\n" + PROSE_2 + "\n\nSource: University of Somewhere\n");
        assertEquals("University of Somewhere", a.outlet());
    }

    @Test
    void outletFromBreadcrumbButNotFromHome() {
        assertEquals("Mind Matters", read("Home > News > Health\nMind Matters › Psychopharmacology › MDMA\n"
                + "A substantial headline about a new psychedelic study\nby Sam Writer\n\n" + PROSE_1 + "\n\n" + PROSE_2
                + "\n").outlet());
        assertNull(read("Home > News > Health\nA substantial headline about a new psychedelic study\nby Sam Writer\n\n"
                + PROSE_1 + "\n\n" + PROSE_2 + "\n").outlet());
    }

    @Test
    void bodyEndsWhereTheProseStops() {
        NewsArticle a = read("A substantial headline about a new psychedelic study\nby Sam Writer\n\n" + PROSE_1
                + "\n\nShare on Facebook\n\n" + PROSE_2 + "\n\nTrending now\nFirst link\nSecond link\nThird link\n\n"
                + "A long sentence after the link list that should not be part of the article at all, really.\n");
        assertEquals(List.of(PROSE_1, PROSE_2), a.paragraphs());
        assertNull(a.date());
        assertTrue(a.hasNewsMetadata());
    }

    @Test
    void urlLineIsKept() {
        NewsArticle a = read("https://news.example/story/123\nA substantial headline about a new psychedelic study\n"
                + "by Sam Writer\n\n" + PROSE_1 + "\n\n" + PROSE_2 + "\n");
        assertEquals("https://news.example/story/123", a.url());
    }

    @Test
    void noMetadataAtAll() {
        NewsArticle a = read(PROSE_1 + "\n\n" + PROSE_2 + "\n");
        assertNull(a.byline());
        assertNull(a.date());
        assertTrue(!a.hasNewsMetadata());
    }
}
