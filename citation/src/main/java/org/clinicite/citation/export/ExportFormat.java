package org.clinicite.citation.export;

import java.util.Locale;

/** The formats {@code clinicite export --to} writes. */
public enum ExportFormat {
    BIBTEX("bib"),
    RIS("ris"),
    CSLJSON("json"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "'; known: bibtex, ris, csljson, csv", e);
        }
    }
}
