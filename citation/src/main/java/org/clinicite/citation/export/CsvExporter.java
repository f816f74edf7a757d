package org.clinicite.citation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for analysts: one row per study and outcome (a study without numeric outcomes
 * still gets one row, with the outcome columns empty), RFC 4180 quoting.
 */
final class CsvExporter implements Exporter {
    static final List<String> HEADER = List.of("id", "title", "authors", "journal", "year", "doi", "pmid", "nct",
            "design", "phase", "n", "substances", "conditions", "outcome", "responders", "total", "proportion",
            "threshold", "timepoint", "writeups");

    @Override
    public void write(List<JsonNode> items, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (JsonNode item : items) {
            List<Object> study = studyColumns(item);
            JsonNode outcomes = item.path("clinicite").path("outcomes");
            if (outcomes.isEmpty()) {
                csv.printRecord(concat(study, List.of("", "", "", "", "", ""), item));
            }
            for (JsonNode o : outcomes) {
                csv.printRecord(concat(study, outcomeColumns(o), item));
            }
        }
        csv.flush();
    }

    private static List<Object> concat(List<Object> study, List<Object> outcome, JsonNode item) {
        List<Object> row = new ArrayList<>(study);
        row.addAll(outcome);
        row.add(item.path("clinicite").path("writeUps").size());
        return row;
    }

    private static List<Object> studyColumns(JsonNode item) {
        JsonNode c = item.path("clinicite");
        List<Integer> issued = CslFields.issued(item);
        return List.of(orEmpty(CslFields.text(item, "id")), orEmpty(CslFields.text(item, "title")),
                CslFields.authors(item).stream().map(a -> a[1] == null ? a[0] : a[0] + ", " + a[1])
                        .collect(Collectors.joining("; ")),
                orEmpty(CslFields.text(item, "container-title")), issued.isEmpty() ? "" : issued.get(0),
                orEmpty(CslFields.text(item, "DOI")), orEmpty(CslFields.text(item, "PMID")),
                c.path("NCT").asText(""), c.path("design").asText(""), c.path("phase").asText(""),
                c.path("sampleSize").asText(""), names(c.path("substances")), names(c.path("conditions")));
    }

    private static List<Object> outcomeColumns(JsonNode o) {
        String what = o.hasNonNull("description") ? o.get("description").asText() : o.path("measure").asText("");
        String proportion = "";
        if (o.hasNonNull("responders") && o.hasNonNull("total") && o.get("total").asInt() > 0) {
            proportion = String.format(java.util.Locale.ROOT, "%.4f", o.get("responders").asDouble() / o.get("total").asInt());
        }
        return List.of(what, o.path("responders").asText(""), o.path("total").asText(""), proportion,
                o.path("threshold").asText(""), o.path("timepoint").asText(""));
    }

    private static String names(JsonNode terms) {
        List<String> names = new ArrayList<>();
        terms.forEach(t -> names.add(t.path("name").asText()));
        return String.join("; ", names);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
