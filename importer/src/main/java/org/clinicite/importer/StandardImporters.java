package org.clinicite.importer;

import java.util.List;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.news.NewsHtmlImporter;
import org.clinicite.importer.news.NewsTextImporter;

/** The list of shipped importers, in detection order: strict formats first, news last. */
final class StandardImporters {
    private StandardImporters() {
    }

    static List<Importer> create(Vocabulary vocabulary) {
        return List.of(new NewsHtmlImporter(vocabulary), new NewsTextImporter(vocabulary));
    }
}
