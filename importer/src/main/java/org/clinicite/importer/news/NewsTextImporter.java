package org.clinicite.importer.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/**
 * News write-ups as text copied from a browser page (format id {@value #ID}): one file,
 * one article, one record (the study it reports plus the write-up). The page is read by
 * {@link PlainTextPageReader}, the study by {@link StudyExtractor}.
 *
 * <p>Given an HTML page, {@link #read} reads it as {@link NewsHtmlImporter} does, so
 * {@code --format news} works for both; {@link #isRecognizedFormat} leaves HTML to
 * {@link NewsHtmlImporter}, so format detection picks exactly one importer.
 */
public final class NewsTextImporter implements Importer {
    public static final String ID = "news";

    private final StudyExtractor extractor;

    public NewsTextImporter(Vocabulary vocabulary) {
        this.extractor = new StudyExtractor(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "news article: a page's text as copied from a browser (HTML pages too)";
    }

    /** Plain text with a byline or date line and article prose in its first KB. */
    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FormatSniffer.SNIFF_BYTES);
        }
        if (FormatSniffer.sniff(head) != SniffedKind.TEXT) {
            return false;
        }
        List<String> lines = Arrays.stream(new String(head, StandardCharsets.UTF_8).split("\\R"))
                .map(TextCleaner::clean).toList();
        boolean metadata = lines.stream().anyMatch(PlainTextPageReader::isBylineOrDate);
        return metadata && lines.stream().anyMatch(LineKinds::isProse);
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        SniffedKind kind = FormatSniffer.sniff(file);
        if (kind.isOtherFormat()) {
            sink.reject(Problem.ofFile(file.toString(), "not a news article: the file is " + kind.description()));
            return;
        }
        PageText text = PageTextLoader.load(file);
        if (text.isRejected()) {
            sink.reject(Problem.ofFile(file.toString(), text.problem()));
            return;
        }
        NewsArticle article = kind == SniffedKind.HTML
                ? HtmlPageReader.read(text.joined(), file.toUri().toString())
                : PlainTextPageReader.read(text.lines());
        NewsRecords.deliver(article, extractor, ID, file, sink);
    }
}
