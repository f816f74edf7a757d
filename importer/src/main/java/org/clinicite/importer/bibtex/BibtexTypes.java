package org.clinicite.importer.bibtex;

import java.util.Locale;
import java.util.Map;

/**
 * BibTeX and biblatex entry types as publication types, in Crossref's work-type names
 * ({@code journal-article}, {@code book-chapter}, ...), the vocabulary every
 * bibliographic importer uses. Types without a counterpart ({@code misc},
 * {@code online}, {@code patent}, ...) are {@code other}.
 */
final class BibtexTypes {
    static final String JOURNAL_ARTICLE = "journal-article";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article", JOURNAL_ARTICLE), Map.entry("periodical", "journal-issue"),
            Map.entry("book", "book"), Map.entry("mvbook", "book"), Map.entry("booklet", "book"),
            Map.entry("collection", "edited-book"), Map.entry("mvcollection", "edited-book"),
            Map.entry("inbook", "book-chapter"), Map.entry("incollection", "book-chapter"),
            Map.entry("bookinbook", "book-chapter"), Map.entry("suppbook", "book-chapter"),
            Map.entry("suppcollection", "book-chapter"),
            Map.entry("inproceedings", "proceedings-article"), Map.entry("conference", "proceedings-article"),
            Map.entry("proceedings", "proceedings"), Map.entry("mvproceedings", "proceedings"),
            Map.entry("techreport", "report"), Map.entry("report", "report"), Map.entry("manual", "report"),
            Map.entry("phdthesis", "dissertation"), Map.entry("mastersthesis", "dissertation"),
            Map.entry("thesis", "dissertation"),
            Map.entry("dataset", "dataset"),
            Map.entry("inreference", "reference-entry"), Map.entry("reference", "reference-book"),
            Map.entry("mvreference", "reference-book"),
            Map.entry("standard", "standard"),
            Map.entry("unpublished", "posted-content"));

    private BibtexTypes() {
    }

    /** The publication type of an entry type ("article" gives "journal-article"). */
    static String publicationType(String entryType) {
        return TYPES.getOrDefault(entryType.toLowerCase(Locale.ROOT), "other");
    }
}
