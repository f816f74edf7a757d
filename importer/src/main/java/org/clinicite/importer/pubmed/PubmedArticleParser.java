package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.clinicite.core.model.TermKind;

/**
 * Reads one {@code PubmedArticle} or {@code PubmedBookArticle} element into a
 * {@link MedlineRecord}, one small method per element of the NLM DTD; elements it has no
 * use for (history, references, grants, comments) are skipped whole. Only the record's own
 * {@code ArticleIdList} is read: the ones inside {@code ReferenceList} name cited papers.
 */
final class PubmedArticleParser {
    private final XmlCursor c;
    private final MedlineRecord rec = new MedlineRecord();
    private int pmidVersion = -1;
    private String vernacularTitle;
    private String bookTitle;
    private boolean chapterAuthors;

    private PubmedArticleParser(XmlCursor cursor) {
        this.c = cursor;
        rec.line = cursor.line();
    }

    /** The record of the {@code PubmedArticle} the cursor is on; the cursor ends on its end tag. */
    static MedlineRecord article(XmlCursor cursor) throws XMLStreamException {
        PubmedArticleParser p = new PubmedArticleParser(cursor);
        while (p.c.nextChild()) {
            switch (p.c.name()) {
                case "MedlineCitation" -> p.medlineCitation();
                case "PubmedData" -> p.pubmedData();
                default -> p.c.skip();
            }
        }
        return p.finish();
    }

    /** The record of the {@code PubmedBookArticle} the cursor is on (a Bookshelf book or chapter). */
    static MedlineRecord bookArticle(XmlCursor cursor) throws XMLStreamException {
        PubmedArticleParser p = new PubmedArticleParser(cursor);
        p.rec.book = true;
        while (p.c.nextChild()) {
            switch (p.c.name()) {
                case "BookDocument" -> p.bookDocument();
                case "PubmedBookData" -> p.pubmedData();
                default -> p.c.skip();
            }
        }
        return p.finish();
    }

    private MedlineRecord finish() {
        if (rec.title == null || rec.title.isBlank()) {
            rec.title = vernacularTitle != null ? vernacularTitle : bookTitle;
        }
        return rec;
    }

    private void medlineCitation() throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "PMID" -> pmid();
                case "Article" -> article();
                case "MedlineJournalInfo" -> journalInfo();
                case "ChemicalList" -> chemicals();
                case "SupplMeshList" -> supplementaryConcepts();
                case "MeshHeadingList" -> meshHeadings();
                case "KeywordList" -> keywords();
                default -> c.skip();
            }
        }
    }

    /** The PMID; of two (an odd but seen case), the one of the highest version. */
    private void pmid() throws XMLStreamException {
        String v = c.attr("Version");
        int version = v != null && v.matches("\\d{1,4}") ? Integer.parseInt(v) : 0;
        String pmid = c.text();
        if (rec.pmid != null && !rec.pmid.equals(pmid)) {
            rec.warnings.add("two PMIDs (" + rec.pmid + ", " + pmid + "); kept the one of the latest version");
        }
        if (rec.pmid == null || version > pmidVersion) {
            rec.pmid = pmid;
            pmidVersion = version;
        }
    }

    private void article() throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "Journal" -> journal();
                case "ArticleTitle" -> rec.title = c.text();
                case "VernacularTitle" -> vernacularTitle = c.text();
                case "Pagination" -> pagination();
                case "ELocationID" -> locationId();
                case "Abstract" -> abstractText();
                case "AuthorList" -> authors();
                case "DataBankList" -> dataBanks();
                case "PublicationTypeList" -> publicationTypes();
                case "ArticleDate" -> rec.electronicDate = date();
                default -> c.skip();
            }
        }
    }

    private void journal() throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "ISSN" -> issn(c.attr("IssnType"), c.text());
                case "JournalIssue" -> journalIssue();
                case "Title" -> rec.journalTitle = c.text();
                case "ISOAbbreviation" -> rec.isoAbbreviation = c.text();
                default -> c.skip();
            }
        }
    }

    private void issn(String type, String value) {
        if ("Print".equalsIgnoreCase(type)) {
            rec.printIssn = value;
        } else {
            rec.electronicIssn = value;
        }
    }

    private void journalIssue() throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "Volume" -> rec.volume = c.text();
                case "Issue" -> rec.issue = c.text();
                case "PubDate" -> rec.publicationDate = date();
                default -> c.skip();
            }
        }
    }

    /** A date element ({@code PubDate}, {@code ArticleDate}, ...) as MEDLINE text: "2019 Mar 5", "1999 Spring". */
    private String date() throws XMLStreamException {
        String year = null;
        String month = null;
        String day = null;
        String other = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Year" -> year = c.text();
                case "Month" -> month = c.text();
                case "Day" -> day = c.text();
                case "Season", "MedlineDate" -> other = c.text();
                default -> c.skip();
            }
        }
        if (year == null) {
            return other;
        }
        String date = month == null ? year : day == null ? year + " " + month : year + " " + month + " " + day;
        return month == null && other != null ? year + " " + other : date;
    }

    private void journalInfo() throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "MedlineTA" -> {
                    String ta = c.text();
                    if (rec.isoAbbreviation == null) {
                        rec.isoAbbreviation = ta;
                    }
                }
                case "ISSNLinking" -> rec.linkingIssn = c.text();
                default -> c.skip();
            }
        }
    }

    private void pagination() throws XMLStreamException {
        String start = null;
        String end = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "MedlinePgn" -> rec.pages = c.text();
                case "StartPage" -> start = c.text();
                case "EndPage" -> end = c.text();
                default -> c.skip();
            }
        }
        if ((rec.pages == null || rec.pages.isBlank()) && start != null) {
            rec.pages = end == null || end.isBlank() ? start : start + "-" + end;
        }
    }

    private void locationId() throws XMLStreamException {
        boolean doi = "doi".equalsIgnoreCase(c.attr("EIdType")) && !"N".equals(c.attr("ValidYN"));
        String value = c.text();
        if (doi) {
            rec.dois.add(value);
        }
    }

    private void abstractText() throws XMLStreamException {
        while (c.nextChild()) {
            if (c.name().equals("AbstractText")) {
                String label = c.attr("Label");
                rec.abstractSections.add(new MedlineRecord.Section(label, c.text()));
            } else {
                c.skip();
            }
        }
    }

    private void authors() throws XMLStreamException {
        boolean editors = "editors".equalsIgnoreCase(c.attr("Type"));
        while (c.nextChild()) {
            if (c.name().equals("Author") && !editors && !"N".equals(c.attr("ValidYN"))) {
                author();
            } else {
                c.skip();
            }
        }
    }

    private void author() throws XMLStreamException {
        String last = null;
        String fore = null;
        String initials = null;
        String collective = null;
        String affiliation = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "LastName" -> last = c.text();
                case "ForeName" -> fore = c.text();
                case "Initials" -> initials = c.text();
                case "CollectiveName" -> collective = c.text();
                case "AffiliationInfo" -> {
                    String a = affiliation();
                    affiliation = affiliation == null ? a : affiliation;
                }
                default -> c.skip();
            }
        }
        String given = fore == null || fore.isBlank() ? initials : fore;
        if (last != null && !last.isBlank()) {
            rec.authors.add(new MedlineRecord.Author(last, given, null, affiliation));
        } else if (collective != null && !collective.isBlank()) {
            rec.authors.add(new MedlineRecord.Author(null, null, collective, affiliation));
        }
    }

    private String affiliation() throws XMLStreamException {
        String affiliation = null;
        while (c.nextChild()) {
            if (c.name().equals("Affiliation") && affiliation == null) {
                affiliation = c.text();
            } else {
                c.skip();
            }
        }
        return affiliation;
    }

    /** ClinicalTrials.gov numbers from {@code DataBankList}; other registries are not stored. */
    private void dataBanks() throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("DataBank")) {
                c.skip();
                continue;
            }
            String bank = null;
            List<String> numbers = new ArrayList<>();
            while (c.nextChild()) {
                switch (c.name()) {
                    case "DataBankName" -> bank = c.text();
                    case "AccessionNumberList" -> accessionNumbers(numbers);
                    default -> c.skip();
                }
            }
            if ("ClinicalTrials.gov".equalsIgnoreCase(bank)) {
                rec.registryNumbers.addAll(numbers);
            }
        }
    }

    private void accessionNumbers(List<String> into) throws XMLStreamException {
        while (c.nextChild()) {
            if (c.name().equals("AccessionNumber")) {
                into.add(c.text());
            } else {
                c.skip();
            }
        }
    }

    private void publicationTypes() throws XMLStreamException {
        while (c.nextChild()) {
            if (c.name().equals("PublicationType")) {
                rec.publicationTypes.add(c.text());
            } else {
                c.skip();
            }
        }
    }

    private void chemicals() throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("Chemical")) {
                c.skip();
                continue;
            }
            while (c.nextChild()) {
                if (c.name().equals("NameOfSubstance")) {
                    String ui = c.attr("UI");
                    rec.substances.add(new MedlineRecord.Heading(c.text(), ui, TermKind.SUBSTANCE));
                } else {
                    c.skip();
                }
            }
        }
    }

    /** Supplementary concepts: those of type "Disease" name conditions; the rest (protocols, organisms) are skipped. */
    private void supplementaryConcepts() throws XMLStreamException {
        while (c.nextChild()) {
            if (c.name().equals("SupplMeshName") && "Disease".equalsIgnoreCase(c.attr("Type"))) {
                String ui = c.attr("UI");
                rec.substances.add(new MedlineRecord.Heading(c.text(), ui, TermKind.CONDITION));
            } else {
                c.skip();
            }
        }
    }

    private void meshHeadings() throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("MeshHeading")) {
                c.skip();
                continue;
            }
            while (c.nextChild()) {
                if (c.name().equals("DescriptorName")) {
                    String ui = c.attr("UI");
                    rec.meshHeadings.add(new MedlineRecord.Heading(c.text(), ui, null));
                } else {
                    c.skip();
                }
            }
        }
    }

    private void keywords() throws XMLStreamException {
        while (c.nextChild()) {
            if (c.name().equals("Keyword")) {
                rec.keywords.add(c.text());
            } else {
                c.skip();
            }
        }
    }

    /** {@code PubmedData} / {@code PubmedBookData}: only the record's own article ids. */
    private void pubmedData() throws XMLStreamException {
        while (c.nextChild()) {
            if (c.name().equals("ArticleIdList")) {
                articleIds();
            } else {
                c.skip();
            }
        }
    }

    private void articleIds() throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("ArticleId")) {
                c.skip();
                continue;
            }
            String type = c.attr("IdType");
            String value = c.text();
            if ("doi".equalsIgnoreCase(type)) {
                rec.dois.add(value);
            } else if ("pmc".equalsIgnoreCase(type) && rec.pmcid == null) {
                rec.pmcid = value;
            } else if ("pubmed".equalsIgnoreCase(type) && rec.pmid == null) {
                rec.pmid = value;
            }
        }
    }

    /** A Bookshelf record: the chapter (or book) title, its authors, date, abstract and types. */
    private void bookDocument() throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "PMID" -> pmid();
                case "ArticleIdList" -> articleIds();
                case "Book" -> book();
                case "ArticleTitle" -> rec.title = c.text();
                case "VernacularTitle" -> vernacularTitle = c.text();
                case "AuthorList" -> chapterAuthors();
                case "PublicationType" -> rec.publicationTypes.add(c.text());
                case "Abstract" -> abstractText();
                case "Pagination" -> pagination();
                case "ELocationID" -> locationId();
                case "KeywordList" -> keywords();
                case "ContributionDate" -> rec.electronicDate = date();
                default -> c.skip();
            }
        }
    }

    private void book() throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "BookTitle" -> bookTitle = c.text();
                case "PubDate" -> rec.publicationDate = date();
                case "AuthorList" -> bookAuthors();
                case "ELocationID" -> locationId();
                default -> c.skip();
            }
        }
    }

    /** A chapter's own authors replace the book's. */
    private void chapterAuthors() throws XMLStreamException {
        if (!chapterAuthors && !"editors".equalsIgnoreCase(c.attr("Type"))) {
            rec.authors.clear();
            chapterAuthors = true;
        }
        authors();
    }

    private void bookAuthors() throws XMLStreamException {
        if (chapterAuthors) {
            c.skip();
        } else {
            authors();
        }
    }
}
