package org.clinicite.importer.news;

/** What the first bytes of a file look like, as far as the news importers care. */
enum SniffedKind {
    EMPTY("an empty file"),
    BINARY("binary data, not text"),
    XML("XML"),
    HTML("an HTML page"),
    JSON("JSON"),
    RIS("RIS"),
    MEDLINE("MEDLINE / .nbib"),
    ENDNOTE("EndNote tagged text"),
    BIBTEX("BibTeX"),
    TEXT("plain text");

    private final String description;

    SniffedKind(String description) {
        this.description = description;
    }

    /** "BibTeX", "an HTML page": for messages. */
    String description() {
        return description;
    }

    /** A bibliographic or data format that another importer reads. */
    boolean isOtherFormat() {
        return this != TEXT && this != HTML && this != EMPTY && this != BINARY;
    }
}
