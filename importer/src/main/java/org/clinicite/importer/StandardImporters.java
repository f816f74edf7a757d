package org.clinicite.importer;

import java.util.List;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.bibtex.BibtexImporter;
import org.clinicite.importer.csljson.CslJsonImporter;
import org.clinicite.importer.ctgov.CtgovImporter;
import org.clinicite.importer.ris.RisImporter;
import org.clinicite.importer.news.NewsHtmlImporter;
import org.clinicite.importer.news.NewsTextImporter;
import org.clinicite.importer.pubmed.NbibImporter;
import org.clinicite.importer.pubmed.PubmedXmlImporter;

/** The list of shipped importers, in detection order: strict formats first, news last. */
final class StandardImporters {
    private StandardImporters() {
    }

    static List<Importer> create(Vocabulary vocabulary) {
        return List.of(new PubmedXmlImporter(vocabulary), new NbibImporter(vocabulary), new RisImporter(vocabulary), new BibtexImporter(vocabulary), new CtgovImporter(vocabulary),
                new CslJsonImporter(vocabulary), new NewsHtmlImporter(vocabulary), new NewsTextImporter(vocabulary));
    }
}
