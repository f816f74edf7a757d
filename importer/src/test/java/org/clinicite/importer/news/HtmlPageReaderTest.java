package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReaderTest {
    private static final String PARAGRAPHS = "<p>A study published in JAMA Psychiatry found that 30 of 40 patients "
            + "with PTSD no longer met criteria after two sessions of MDMA therapy.</p>"
            + "<p>The researchers said that larger trials are needed before the treatment can be used in clinics.</p>";

    @TempDir
    Path dir;

    @Test
    void metaTagsWhenJsonLdIsMalformed() {
        NewsArticle a = HtmlPageReader.read("<html><head>"
                + "<script type=\"application/ld+json\">{ not json </script>"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"og:title\" content=\"MDMA therapy helps PTSD patients in trial\">"
                + "<meta name=\"author\" content=\"Sam Writer\">"
                + "<meta property=\"article:published_time\" content=\"2023-03-02T08:00:00+01:00\">"
                + "<meta property=\"article:section\" content=\"Health\">"
                + "</head><body><nav><p>Home and a very long navigation paragraph that should be dropped entirely.</p>"
                + "</nav><div class=\"entry-content\">" + PARAGRAPHS + "</div></body></html>", "");
        assertEquals("Example News", a.outlet());
        assertEquals("MDMA therapy helps PTSD patients in trial", a.headline());
        assertEquals("Sam Writer", a.byline());
        assertEquals(LocalDate.of(2023, 3, 2), a.date());
        assertEquals(List.of("Health"), a.categories());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void jsonLdAuthorAsStringAndTypeArray() {
        NewsArticle a = HtmlPageReader.read("<html><head><script type=\"application/ld+json\">"
                + "[{\"@type\": [\"NewsArticle\"], \"headline\": \"MDMA therapy helps PTSD patients in trial\","
                + " \"author\": \"Sam Writer\", \"datePublished\": \"2023-03-02\","
                + " \"publisher\": {\"name\": \"Example News\"}, \"articleSection\": \"Health, Science\"}]"
                + "</script></head><body><h1>Other</h1><article>" + PARAGRAPHS + "</article>"
                + "<footer><p>Copyright 2023 Example News and a long footer sentence that must not appear.</p></footer>"
                + "</body></html>", "");
        assertEquals("Sam Writer", a.byline());
        assertEquals("Example News", a.outlet());
        assertEquals(List.of("Health", "Science"), a.categories());
        assertFalse(a.body().contains("footer"));
    }

    @Test
    void htmlThroughTheTextImporterToo() throws IOException {
        Path f = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><head>"
                + "<meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"Example News\">"
                + "<title>MDMA therapy helps PTSD patients in trial</title>"
                + "<meta property=\"article:published_time\" content=\"2023-03-02\"></head><body><article>"
                + PARAGRAPHS + "</article></body></html>");
        CollectingSink sink = new CollectingSink();
        new NewsTextImporter(TestVocabulary.small()).read(f, sink);
        ParsedRecord r = sink.single();
        assertEquals("news", r.format());
        assertEquals("JAMA Psychiatry", r.study().getJournal().getTitle());
        assertEquals(30, r.study().getOutcomes().get(0).getResponders());
        assertTrue(new NewsHtmlImporter(TestVocabulary.small()).isRecognizedFormat(f));
        assertFalse(new NewsTextImporter(TestVocabulary.small()).isRecognizedFormat(f));
    }
}
