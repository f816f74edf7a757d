package org.clinicite.server;

import org.clinicite.citation.export.ExportFormat;

/** The media type each export format is served with. */
final class ExportTypes {
    private ExportTypes() {
    }

    static String mediaType(ExportFormat format) {
        switch (format) {
            case BIBTEX:
                return "application/x-bibtex; charset=utf-8";
            case RIS:
                return "application/x-research-info-systems; charset=utf-8";
            case CSLJSON:
                return "application/vnd.citationstyles.csl+json; charset=utf-8";
            case CSV:
                return "text/csv; charset=utf-8";
            default:
                throw new IllegalStateException("no media type for " + format);
        }
    }
}
