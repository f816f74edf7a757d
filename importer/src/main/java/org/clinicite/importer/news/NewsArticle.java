package org.clinicite.importer.news;

import java.time.LocalDate;
import java.util.List;

/**
 * A news page reduced to what the write-up needs: who published it, its headline,
 * byline, date, categories, address and the prose paragraphs of the article itself
 * (navigation, captions and related-article lists removed). Any field but the
 * paragraphs may be null when the page does not state it.
 *
 * @param outlet     the publication ("PsyPost", "Reuters")
 * @param headline   the article's title
 * @param byline     the author(s) as printed, without "by"
 * @param date       the publication date
 * @param categories the site's sections or tags for the article, in page order
 * @param url        the article's address, when the page states it
 * @param paragraphs the article text, one entry per paragraph
 */
public record NewsArticle(String outlet, String headline, String byline, LocalDate date,
        List<String> categories, String url, List<String> paragraphs) {

    public NewsArticle {
        categories = List.copyOf(categories);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The article text: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Whether the page named a headline and at least one of byline and date. */
    public boolean hasNewsMetadata() {
        return headline != null && (byline != null || date != null);
    }
}
