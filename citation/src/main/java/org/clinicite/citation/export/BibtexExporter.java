package org.clinicite.citation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * BibTeX (UTF-8, as biblatex and modern BibTeX read it) with stable keys. Special
 * characters are escaped; titles keep their capitals with a brace pair, so styles that
 * lower-case titles do not mangle "MDMA" or "PTSD".
 */
final class BibtexExporter implements Exporter {
    private static final Map<String, String> TYPES = Map.of("article-journal", "article", "report", "techreport",
            "article-newspaper", "article", "book", "book", "chapter", "incollection", "thesis", "phdthesis");

    @Override
    public void write(List<JsonNode> items, Writer out) throws IOException {
        CitationKeys keys = new CitationKeys();
        for (JsonNode item : items) {
            out.write(entry(item, keys.next(item)));
            out.write("\n");
        }
        out.flush();
    }

    private static String entry(JsonNode item, String key) {
        String type = TYPES.getOrDefault(CslFields.text(item, "type"), "misc");
        StringBuilder sb = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
        List<String[]> authors = CslFields.authors(item);
        if (!authors.isEmpty()) {
            field(sb, "author", authors.stream().map(BibtexExporter::name).collect(Collectors.joining(" and ")), false);
        }
        String title = CslFields.text(item, "title");
        if (title != null) {
            sb.append("  title = {{").append(escape(title)).append("}},\n");
        }
        field(sb, "journal", CslFields.text(item, "container-title"), true);
        field(sb, "shortjournal", CslFields.text(item, "container-title-short"), true);
        field(sb, "institution", "report".equals(CslFields.text(item, "type")) ? CslFields.text(item, "publisher") : null, true);
        field(sb, "number", "report".equals(CslFields.text(item, "type")) ? CslFields.text(item, "number") : null, true);
        List<Integer> issued = CslFields.issued(item);
        if (!issued.isEmpty()) {
            field(sb, "year", String.valueOf(issued.get(0)), false);
        }
        if (issued.size() > 1) {
            field(sb, "month", String.valueOf(issued.get(1)), false);
        }
        if (issued.size() > 2) {
            // biblatex's full date; BibTeX tools ignore it and use year and month
            field(sb, "date", String.format("%04d-%02d-%02d", issued.get(0), issued.get(1), issued.get(2)), false);
        }
        field(sb, "volume", CslFields.text(item, "volume"), true);
        if (!"report".equals(CslFields.text(item, "type"))) {
            field(sb, "number", CslFields.text(item, "issue"), true);
        }
        String pages = CslFields.pages(item);
        field(sb, "pages", pages == null ? null : pages.replaceAll("\\s*[-–—]+\\s*", "--"), false);
        field(sb, "issn", CslFields.text(item, "ISSN"), true);
        field(sb, "doi", CslFields.text(item, "DOI"), false);
        field(sb, "pmid", CslFields.text(item, "PMID"), false);
        field(sb, "pmcid", CslFields.text(item, "PMCID"), false);
        field(sb, "url", CslFields.text(item, "URL"), false);
        field(sb, "abstract", CslFields.text(item, "abstract"), true);
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    private static String name(String[] a) {
        if (a[1] == null) {
            return a[0].contains(" ") ? "{" + escape(a[0]) + "}" : escape(a[0]);
        }
        return escape(a[0]) + ", " + escape(a[1]);
    }

    private static void field(StringBuilder sb, String name, String value, boolean escape) {
        if (value != null) {
            sb.append("  ").append(name).append(" = {").append(escape ? escape(value) : value).append("},\n");
        }
    }

    /** Escapes what BibTeX treats specially; braces stay balanced. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{' -> sb.append("\\{");
                case '}' -> sb.append("\\}");
                case '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
