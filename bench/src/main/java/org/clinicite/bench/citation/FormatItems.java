package org.clinicite.bench.citation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.citation.Bibliography;
import org.clinicite.citation.CitationFormatter;
import org.clinicite.citation.CslJson;
import org.clinicite.citation.ItemIssue;
import org.clinicite.citation.OutputFormat;

/**
 * The clinicite half of the conformance check (conformance/run): formats a CSL-JSON file as a plain-text
 * bibliography in each style and writes {@code {"STYLE": [{"id": ID, "text": ENTRY}, ...]}} with the
 * entries in bibliography order, plus {@code "STYLE#issues"} for items clinicite skipped or repaired.
 *
 * <p>Usage: {@code bench/run citation.FormatItems ITEMS.json OUT.json STYLE[,STYLE...] [LOCALE]}
 */
public final class FormatItems {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormatItems() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            usage(System.err);
            System.exit(2);
        }
        List<JsonNode> items = CslJson.read(Path.of(args[0]));
        String locale = args.length > 3 ? args[3] : "en-US";
        CitationFormatter formatter = new CitationFormatter();
        ObjectNode out = MAPPER.createObjectNode();
        for (String style : args[2].split(",")) {
            Bibliography b = formatter.format(items, style, OutputFormat.TEXT, locale);
            out.set(style, entries(b));
            out.set(style + "#issues", issues(b));
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), out);
    }

    private static ArrayNode entries(Bibliography b) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Bibliography.Entry e : b.entries()) {
            a.addObject().put("id", e.id()).put("text", e.text());
        }
        return a;
    }

    private static ArrayNode issues(Bibliography b) {
        ArrayNode a = MAPPER.createArrayNode();
        for (ItemIssue i : b.issues()) {
            a.addObject().put("id", i.id()).put("skipped", i.skipped()).put("message", i.message());
        }
        return a;
    }

    private static void usage(PrintStream err) {
        err.println("usage: bench/run citation.FormatItems ITEMS.json OUT.json STYLE[,STYLE...] [LOCALE]");
    }
}
