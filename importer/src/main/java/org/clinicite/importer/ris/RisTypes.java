package org.clinicite.importer.ris;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * RIS reference types ({@code TY}) as publication types, in Crossref's work-type names
 * ({@code journal-article}, {@code book-chapter}, ...), the vocabulary every
 * bibliographic importer uses. Types without a counterpart are {@code other}.
 */
final class RisTypes {
    static final String OTHER = "other";
    private static final Set<String> PERIODICAL = Set.of("JOUR", "EJOUR", "JFULL", "INPR", "ABST", "MGZN", "NEWS");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("JOUR", "journal-article"), Map.entry("EJOUR", "journal-article"),
            Map.entry("JFULL", "journal-article"), Map.entry("INPR", "journal-article"),
            Map.entry("ABST", "journal-article"),
            Map.entry("BOOK", "book"), Map.entry("EBOOK", "book"), Map.entry("EDBOOK", "edited-book"),
            Map.entry("CHAP", "book-chapter"), Map.entry("ECHAP", "book-chapter"),
            Map.entry("CONF", "proceedings"), Map.entry("CPAPER", "proceedings-article"),
            Map.entry("RPRT", "report"), Map.entry("GOVDOC", "report"),
            Map.entry("THES", "dissertation"),
            Map.entry("DATA", "dataset"), Map.entry("DBASE", "dataset"), Map.entry("AGGR", "dataset"),
            Map.entry("DICT", "reference-entry"), Map.entry("ENCYC", "reference-entry"),
            Map.entry("STAND", "standard"),
            Map.entry("UNPB", "posted-content"), Map.entry("MANSCPT", "posted-content"));

    private RisTypes() {
    }

    /** The publication type of a {@code TY} code ("JOUR" gives "journal-article"). */
    static String publicationType(String ty) {
        return TYPES.getOrDefault(code(ty), OTHER);
    }

    /** Whether {@code T2} names a periodical (journal, magazine, newspaper) for this type. */
    static boolean isPeriodical(String ty) {
        return PERIODICAL.contains(code(ty));
    }

    /** Whether {@code BT} is the record's own title (a whole book) rather than the book a chapter is in. */
    static boolean isBook(String ty) {
        return Set.of("BOOK", "EBOOK", "EDBOOK", "UNPB").contains(code(ty));
    }

    private static String code(String ty) {
        return ty == null ? "" : ty.strip().toUpperCase(Locale.ROOT);
    }
}
