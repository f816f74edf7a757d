package org.clinicite.importer.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/**
 * News write-ups as saved HTML pages (format id {@value #ID}): metadata from schema.org
 * JSON-LD and meta tags, body from the article element ({@link HtmlPageReader}), then
 * the same {@link StudyExtractor} as {@link NewsTextImporter}.
 */
public final class NewsHtmlImporter implements Importer {
    public static final String ID = "news-html";
    /** Article signals are looked for in this much of the page (heads of real pages are long). */
    private static final int SNIFF_HTML_BYTES = 64 * 1024;

    private final StudyExtractor extractor;

    public NewsHtmlImporter(Vocabulary vocabulary) {
        this.extractor = new StudyExtractor(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "news article: a saved HTML page (schema.org JSON-LD, Open Graph and article meta tags)";
    }

    /** An HTML page with an article signal: JSON-LD article, og:type article, article meta tags or an article element. */
    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_HTML_BYTES);
        }
        if (FormatSniffer.sniff(head) != SniffedKind.HTML) {
            return false;
        }
        String h = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return h.contains("newsarticle") || h.contains("\"article\"") || h.contains("blogposting")
                || h.contains("article:published_time") || h.contains("og:type") || h.contains("<article");
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        SniffedKind kind = FormatSniffer.sniff(file);
        if (kind != SniffedKind.HTML) {
            String why = kind == SniffedKind.EMPTY ? "empty file" : "not an HTML page: the file is " + kind.description();
            sink.reject(Problem.ofFile(file.toString(), why));
            return;
        }
        PageText text = PageTextLoader.load(file);
        if (text.isRejected()) {
            sink.reject(Problem.ofFile(file.toString(), text.problem()));
            return;
        }
        NewsArticle article = HtmlPageReader.read(text.joined(), file.toUri().toString());
        NewsRecords.deliver(article, extractor, ID, file, sink);
    }
}
