package org.clinicite.importer.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a news page's HTML into a {@link NewsArticle}. Metadata comes from schema.org
 * JSON-LD first ({@code headline}, {@code author.name}, {@code datePublished},
 * {@code publisher.name}, {@code articleSection}), then Open Graph / article meta tags
 * ({@code og:title}, {@code og:site_name}, {@code article:published_time},
 * {@code article:section}, {@code article:tag}), then the page itself ({@code <h1>},
 * {@code <time>}, a byline element). The body is the prose paragraphs of the
 * {@code <article>} (or main content) with navigation, asides, footers, figures and
 * scripts removed. jsoup never fetches anything: the page is parsed as given.
 */
public final class HtmlPageReader {
    private static final String NOISE = "script, style, noscript, template, iframe, nav, aside, footer, header:not(article header), "
            + "form, button, figure, figcaption, [role=navigation], [role=complementary], [aria-hidden=true], "
            + ".related, .share, .social, .newsletter, .comments, .advertisement, .ad";
    private static final String CONTENT = "article, [itemprop=articleBody], main, [role=main], .article-body, .entry-content, .post-content";

    private final Document doc;
    private final Optional<JsonLdArticle> jsonLd;

    private HtmlPageReader(String html, String baseUri) {
        this.doc = Jsoup.parse(html, baseUri);
        this.jsonLd = JsonLdArticle.of(doc);
    }

    /** The article of the page; {@code baseUri} resolves relative links (may be empty). */
    public static NewsArticle read(String html, String baseUri) {
        return new HtmlPageReader(html, baseUri).read();
    }

    private NewsArticle read() {
        String headline = jsonLd.flatMap(j -> j.text("headline")).or(() -> meta("og:title"))
                .or(() -> firstText("h1")).or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank())).orElse(null);
        String outlet = jsonLd.flatMap(JsonLdArticle::publisher).or(() -> meta("og:site_name"))
                .or(() -> meta("application-name")).orElse(null);
        String url = jsonLd.flatMap(JsonLdArticle::url).or(() -> meta("og:url"))
                .or(() -> Optional.of(doc.select("link[rel=canonical]").attr("href")).filter(s -> !s.isBlank()))
                .orElse(null);
        return new NewsArticle(outlet, clean(headline), byline().orElse(null), date().orElse(null), categories(),
                url, paragraphs());
    }

    private Optional<String> byline() {
        List<String> authors = jsonLd.map(JsonLdArticle::authors).orElse(List.of());
        if (!authors.isEmpty()) {
            return Optional.of(String.join(", ", authors));
        }
        return meta("author").or(() -> doc.select("[rel=author], .byline, .author, [itemprop=author]").stream()
                .map(e -> BylineParser.parse(e.text())).flatMap(Optional::stream).map(BylineParser.Byline::names)
                .findFirst());
    }

    private Optional<LocalDate> date() {
        Optional<String> raw = jsonLd.flatMap(j -> j.text("datePublished")).or(() -> meta("article:published_time"))
                .or(() -> meta("date")).or(() -> Optional.of(doc.select("time[datetime]").attr("datetime"))
                        .filter(s -> !s.isBlank()));
        return raw.flatMap(DateParser::find).map(DateParser.DateMatch::date);
    }

    private List<String> categories() {
        LinkedHashSet<String> out = new LinkedHashSet<>(jsonLd.map(JsonLdArticle::sections).orElse(List.of()));
        if (out.isEmpty()) {
            doc.select("meta[property=article:section]").forEach(m -> out.add(m.attr("content").strip()));
        }
        doc.select("meta[property=article:tag]").forEach(m -> out.add(m.attr("content").strip()));
        out.remove("");
        return List.copyOf(out);
    }

    private List<String> paragraphs() {
        doc.select(NOISE).remove();
        List<String> out = new ArrayList<>();
        for (Element p : contentRoot().select("p")) {
            String text = TextCleaner.clean(p.text());
            if (!out.isEmpty() && LineKinds.isEndMarker(text)) {
                break;
            }
            if (LineKinds.isProse(text)) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            jsonLd.flatMap(j -> j.text("articleBody")).ifPresent(b -> out.addAll(BodyCollector.collect(
                    b.lines().map(TextCleaner::clean).toList(), 0)));
        }
        return out;
    }

    /** The element holding the most paragraph text among the article candidates, else the body. */
    private Element contentRoot() {
        Elements candidates = doc.select(CONTENT);
        Element best = doc.body();
        int bestLength = -1;
        for (Element e : candidates) {
            int length = e.select("p").text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    private Optional<String> meta(String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return m == null || m.attr("content").isBlank() ? Optional.empty() : Optional.of(m.attr("content").strip());
    }

    private Optional<String> firstText(String selector) {
        Element e = doc.selectFirst(selector);
        return e == null || e.text().isBlank() ? Optional.empty() : Optional.of(e.text());
    }

    private static String clean(String s) {
        return s == null ? null : TextCleaner.clean(s);
    }
}
