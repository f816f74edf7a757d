package org.clinicite.citation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes items to a reference-manager or analysis format. Items are CSL-JSON objects,
 * optionally with the {@code clinicite} object that {@code StudyJson.full} adds (design,
 * sample size, terms, outcomes): exporters that can carry those do.
 */
public interface Exporter {
    void write(List<JsonNode> items, Writer out) throws IOException;

    static Exporter of(ExportFormat format) {
        return switch (format) {
            case BIBTEX -> new BibtexExporter();
            case RIS -> new RisExporter();
            case CSLJSON -> new CslJsonExporter();
            case CSV -> new CsvExporter();
        };
    }
}
