package org.clinicite.importer.csljson;

import java.util.Map;
import java.util.Set;

/**
 * CSL item types: which are CSL's (for format detection: Crossref's own work types,
 * such as {@code journal-article}, are not), which have a periodical as container, and
 * their publication type in Crossref's work-type names, the vocabulary every
 * bibliographic importer uses.
 */
final class CslTypes {
    /** The item types of CSL 1.0.2. */
    static final Set<String> CSL = Set.of("article", "article-journal", "article-magazine", "article-newspaper",
            "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
            "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
            "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
            "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
            "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
            "standard", "thesis", "treaty", "webpage");
    private static final Set<String> PERIODICAL = Set.of("article-journal", "article-magazine", "article-newspaper",
            "review", "review-book", "periodical");
    private static final Map<String, String> PUBLICATION_TYPES = Map.ofEntries(
            Map.entry("article-journal", "journal-article"), Map.entry("article", "posted-content"),
            Map.entry("manuscript", "posted-content"), Map.entry("periodical", "journal-issue"),
            Map.entry("book", "book"), Map.entry("collection", "edited-book"), Map.entry("chapter", "book-chapter"),
            Map.entry("paper-conference", "proceedings-article"), Map.entry("report", "report"),
            Map.entry("thesis", "dissertation"), Map.entry("dataset", "dataset"),
            Map.entry("entry", "reference-entry"), Map.entry("entry-dictionary", "reference-entry"),
            Map.entry("entry-encyclopedia", "reference-entry"), Map.entry("standard", "standard"));

    private CslTypes() {
    }

    /** The publication type of a CSL type ("article-journal" gives "journal-article"); null for no type. */
    static String publicationType(String cslType) {
        return cslType == null ? null : PUBLICATION_TYPES.getOrDefault(cslType, "other");
    }

    /** Whether the item's {@code container-title} is a journal: periodical types, or no type at all. */
    static boolean hasPeriodicalContainer(String cslType) {
        return cslType == null || PERIODICAL.contains(cslType);
    }
}
