package org.clinicite.citation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** RIS, as Zotero, EndNote and Mendeley read it: every author, journal full and abbreviated, DOI, PMID. */
final class RisExporter implements Exporter {
    private static final Map<String, String> TYPES = Map.of("article-journal", "JOUR", "report", "RPRT",
            "article-newspaper", "NEWS", "book", "BOOK", "chapter", "CHAP", "thesis", "THES");

    @Override
    public void write(List<JsonNode> items, Writer out) throws IOException {
        for (JsonNode item : items) {
            out.write(record(item));
        }
        out.flush();
    }

    private static String record(JsonNode item) {
        StringBuilder sb = new StringBuilder();
        tag(sb, "TY", TYPES.getOrDefault(CslFields.text(item, "type"), "GEN"));
        for (String[] a : CslFields.authors(item)) {
            tag(sb, "AU", a[1] == null ? a[0] : a[0] + ", " + a[1]);
        }
        tag(sb, "TI", CslFields.text(item, "title"));
        tag(sb, "T2", CslFields.text(item, "container-title"));
        tag(sb, "J2", CslFields.text(item, "container-title-short"));
        List<Integer> issued = CslFields.issued(item);
        if (!issued.isEmpty()) {
            tag(sb, "PY", String.valueOf(issued.get(0)));
            tag(sb, "DA", String.format("%d/%s/%s/", issued.get(0), issued.size() > 1 ? String.format("%02d", issued.get(1)) : "",
                    issued.size() > 2 ? String.format("%02d", issued.get(2)) : ""));
        }
        tag(sb, "VL", CslFields.text(item, "volume"));
        tag(sb, "IS", CslFields.text(item, "issue"));
        String[] pages = CslFields.pageRange(CslFields.pages(item));
        tag(sb, "SP", pages[0]);
        tag(sb, "EP", pages[1]);
        tag(sb, "SN", CslFields.text(item, "ISSN"));
        tag(sb, "DO", CslFields.text(item, "DOI"));
        // AN is an accession number in the database DB names: a PMID in PubMed
        String pmid = CslFields.text(item, "PMID");
        tag(sb, "DB", pmid == null ? null : "PubMed");
        tag(sb, "AN", pmid);
        tag(sb, "PB", CslFields.text(item, "publisher"));
        tag(sb, "M1", CslFields.text(item, "number"));
        tag(sb, "UR", CslFields.text(item, "URL"));
        tag(sb, "AB", CslFields.text(item, "abstract"));
        for (String field : List.of("substances", "conditions")) {
            for (JsonNode t : item.path("clinicite").path(field)) {
                tag(sb, "KW", t.path("name").asText(null));
            }
        }
        sb.append("ER  - \r\n\r\n");
        return sb.toString();
    }

    private static void tag(StringBuilder sb, String tag, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(tag).append("  - ").append(value.replaceAll("\\s*[\\r\\n]+\\s*", " ")).append("\r\n");
        }
    }
}
