package org.clinicite.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of the query language ({@code substance:mdma}, {@code n>=50}, ...) and how
 * each one matches: against exact keys, against names (analysed like free text but
 * without stemming), or as a numeric range.
 */
public enum QueryField {
    SUBSTANCE("substance", Kind.KEY),
    CONDITION("condition", Kind.KEY),
    DESIGN("design", Kind.KEY),
    PHASE("phase", Kind.KEY),
    JOURNAL("journal", Kind.NAME),
    AUTHOR("author", Kind.NAME),
    OUTLET("outlet", Kind.NAME),
    YEAR("year", Kind.RANGE),
    N("n", Kind.RANGE),
    DOI("doi", Kind.KEY),
    PMID("pmid", Kind.KEY),
    NCT("nct", Kind.KEY),
    HAS("has", Kind.KEY);

    /** How a field's values are matched. */
    public enum Kind {
        /** Exact normalised keys or codes. */
        KEY,
        /** Words of a name, in order (journal, author, outlet). */
        NAME,
        /** An integer, or a range of them. */
        RANGE
    }

    private final String fieldName;
    private final Kind kind;

    QueryField(String fieldName, Kind kind) {
        this.fieldName = fieldName;
        this.kind = kind;
    }

    /** The name users type, which is also the index field's name. */
    public String fieldName() {
        return fieldName;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<QueryField> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(n)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(QueryField::fieldName).toList();
    }
}
