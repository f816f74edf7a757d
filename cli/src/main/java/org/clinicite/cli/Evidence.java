package org.clinicite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicite.citation.Bibliography;
import org.clinicite.citation.OutputFormat;

/** {@code cite --with-evidence}: each bibliography entry followed by the study's design, n and outcome lines. */
final class Evidence {
    private Evidence() {
    }

    static void print(PrintWriter out, Bibliography b, List<JsonNode> items, OutputFormat format) {
        Map<String, JsonNode> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.path("id").asText(), i));
        for (Bibliography.Entry e : b.entries()) {
            out.println(e.text().strip());
            JsonNode c = byId.getOrDefault(e.id(), com.fasterxml.jackson.databind.node.MissingNode.getInstance())
                    .path("clinicite");
            for (String line : lines(c)) {
                out.println(format == OutputFormat.HTML ? "<div class=\"evidence\">" + escape(line) + "</div>"
                        : "    " + line);
            }
        }
        out.flush();
    }

    static List<String> lines(JsonNode c) {
        List<String> lines = new ArrayList<>();
        List<String> head = new ArrayList<>();
        if (c.hasNonNull("designDetail")) {
            head.add(c.get("designDetail").asText());
        } else if (c.hasNonNull("design")) {
            head.add(c.get("design").asText());
        }
        if (c.hasNonNull("sampleSize")) {
            head.add("n = " + c.get("sampleSize").asInt());
        }
        if (!head.isEmpty()) {
            lines.add(String.join("; ", head));
        }
        c.path("outcomes").forEach(o -> lines.add(o.path("summary").asText()));
        return lines;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
