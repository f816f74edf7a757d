package org.clinicite.importer.news;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicite.importer.text.Sentences;

/**
 * What a single line of a copied page is: article prose, a photo credit or caption,
 * a share / navigation widget, or a marker after which the article has ended
 * ("RELATED", "Read more", "Comments", "More from ...").
 */
final class LineKinds {
    private static final int MIN_PROSE_CHARS = 60;
    private static final int MIN_PROSE_WORDS = 9;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:][”\"’')\\]]*$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^[(\\[]?\\s*(?:photo|image|picture|illustration|graphic|video|caption|credit|"
            + "photograph|pictured|above|top)s?(?:\\s+credits?)?\\s*(?:by\\s|:|\\(|-|–).*");
    private static final Pattern STOCK = Pattern.compile(
            "(?i).*\\b(?:getty images|shutterstock|istock|fotolia|adobe stock|unsplash|alamy|wikimedia commons)\\b.*");
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)^(?:share|tweet|email|e-mail|print|pin|copy link|save|follow us|listen|advertisement|ad)"
            + "(?:\\s+(?:on|to|this|article|story|via|the)\\b.*)?$");
    private static final Pattern ADVERTISEMENT = Pattern.compile("(?i)^(?:advertisement|sponsored|ad)\\b.{0,40}$");
    private static final Pattern NOTICE = Pattern.compile("(?i)^(?:this (?:article|story|post|piece) (?:was |is |has been )?"
            + "(?:originally|first)\\s+(?:appeared|published|posted)|this (?:article|story|post|piece) (?:was |is )?"
            + "republished|republished (?:here )?with permission|editor'?s note\\b|update\\b:).*");
    private static final Pattern INLINE_LINK = Pattern.compile("(?i)^(?:read more|see also|related|also read|read)\\s*:.*");
    private static final Pattern END_PREFIX = Pattern.compile(
            "(?i)^(?:more from\\b|more on\\b|\\(reporting by\\b|reporting by\\b|editing by\\b|"
            + "sign up for\\b|subscribe to\\b|this article (?:was|is) republished\\b|copyright\\b|©).*");
    private static final Set<String> END_MARKERS = Set.of(
            "related", "related articles", "related stories", "related posts", "related content", "related news",
            "related coverage", "read more", "read next", "more stories", "more news", "recommended",
            "recommended for you", "you may also like", "you might also like", "comments", "leave a comment",
            "leave a reply", "join the discussion", "subscribe", "newsletter", "share this article",
            "share this story", "share", "latest", "latest news", "trending", "most read", "most popular",
            "popular", "tags", "topics", "keywords", "about the author", "stay connected", "footer");

    private LineKinds() {
    }

    /** A sentence-shaped line long enough to be article text. */
    static boolean isProse(String line) {
        return line.length() >= MIN_PROSE_CHARS && Sentences.wordCount(line) >= MIN_PROSE_WORDS
                && SENTENCE_END.matcher(line).matches() && !isCredit(line);
    }

    /** A photo credit or caption credit: "(Photo credit: pitju/Fotolia)". */
    static boolean isCredit(String line) {
        return CREDIT.matcher(line).matches() || STOCK.matcher(line).matches() && line.length() < 200;
    }

    /** A share button row or similar widget, an inline "Read more: …" link, an advert or a syndication notice. */
    static boolean isWidget(String line) {
        return WIDGET.matcher(line).matches() && line.length() < 120 || INLINE_LINK.matcher(line).matches()
                || ADVERTISEMENT.matcher(line).matches() || NOTICE.matcher(line).matches();
    }

    /** A line after which the article has ended. */
    static boolean isEndMarker(String line) {
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip();
        return END_MARKERS.contains(key) || END_PREFIX.matcher(line).matches();
    }
}
