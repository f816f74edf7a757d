package org.clinicite.importer.news;

import java.nio.file.Path;
import java.util.Optional;
import org.clinicite.core.model.WriteUp;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/**
 * The last step the news importers share: decide whether a read page is a news article
 * about a study, and deliver it whole (study + write-up with its claims) or reject it
 * with the reason. Fields the page does not state are reported as warnings.
 */
final class NewsRecords {
    static final String NOT_NEWS = "not a news article: no headline, byline or date found";

    private NewsRecords() {
    }

    static void deliver(NewsArticle article, StudyExtractor extractor, String format, Path file, RecordSink sink) {
        String source = file.toString();
        StudyExtraction extraction = extractor.extract(article);
        Optional<String> problem = problem(article, extraction);
        if (problem.isPresent()) {
            sink.reject(Problem.ofFile(source, problem.get()));
            return;
        }
        warnMissing(article, source, sink);
        WriteUp writeUp = writeUp(article, extraction);
        sink.accept(new ParsedRecord(extraction.study(), writeUp, format, source, 1, null, writeUp.getFingerprint()));
    }

    /** Why the page cannot be imported as a write-up of a study, if it cannot. */
    static Optional<String> problem(NewsArticle article, StudyExtraction extraction) {
        if (!article.hasNewsMetadata() && !extraction.describesStudy()) {
            return Optional.of(NOT_NEWS);
        }
        if (article.headline() == null) {
            return Optional.of("not a news article: no headline found");
        }
        if (article.paragraphs().isEmpty()) {
            return Optional.of("no article text found after the headline");
        }
        if (!extraction.describesStudy()) {
            return Optional.of("the article describes no study: no journal, study title, DOI, trial id or result found");
        }
        return Optional.empty();
    }

    private static WriteUp writeUp(NewsArticle article, StudyExtraction extraction) {
        WriteUp w = new WriteUp(article.outlet(), article.headline(), article.date());
        w.setByline(article.byline());
        w.setUrl(article.url());
        w.setCategories(article.categories());
        w.setBody(article.body());
        w.setClaims(extraction.claims());
        return w;
    }

    private static void warnMissing(NewsArticle article, String source, RecordSink sink) {
        if (article.outlet() == null) {
            sink.warn(Problem.ofFile(source, "no outlet found: the write-up is stored without one"));
        }
        if (article.date() == null) {
            sink.warn(Problem.ofFile(source, "no publication date found"));
        }
        if (article.byline() == null) {
            sink.warn(Problem.ofFile(source, "no byline found"));
        }
    }
}
