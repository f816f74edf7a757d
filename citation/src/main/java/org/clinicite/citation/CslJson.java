package org.clinicite.citation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading CSL-JSON with Jackson and turning items into citeproc-java's {@link CSLItemData}.
 * A document may be an array of items or a single item object.
 */
public final class CslJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CslJson() {
    }

    /** The items of a CSL-JSON file (array or single object). */
    public static List<JsonNode> read(Path file) throws IOException {
        try {
            return items(MAPPER.readTree(Files.readAllBytes(file)), file.toString());
        } catch (JsonProcessingException e) {
            throw syntaxError(file.toString(), e);
        }
    }

    /** The items of a CSL-JSON text (array or single object). */
    public static List<JsonNode> parse(String json) {
        try {
            return items(MAPPER.readTree(json), "CSL-JSON text");
        } catch (JsonProcessingException e) {
            throw syntaxError("CSL-JSON text", e);
        }
    }

    /** An array's elements, or a single object as a one-item list. */
    public static List<JsonNode> items(JsonNode root) {
        return items(root, "CSL-JSON");
    }

    /**
     * Converts one item (a Jackson {@link JsonNode} or a {@code Map} of plain JSON values) to citeproc-java's
     * item data, keeping its own id (a missing id becomes {@code item-INDEX}).
     *
     * @param index the item's position in its list, for error messages
     * @throws CslItemException if the item is not an object or has no bibliographic data
     */
    public static CSLItemData toItemData(Object item, int index) {
        JsonNode node = toNode(item, index);
        String id = originalId(node);
        return ItemConverter.convertOne(node, index, id != null ? id : "item-" + index, new ArrayList<>(), false);
    }

    static JsonNode toNode(Object item, int index) {
        JsonNode node;
        if (item instanceof JsonNode n) {
            node = n;
        } else if (item instanceof Map<?, ?> m) {
            try {
                node = MAPPER.valueToTree(m);
            } catch (IllegalArgumentException e) {
                throw new CslItemException(index, null, "the Map holds values that are not plain JSON: " + e.getMessage(), e);
            }
        } else {
            throw new CslItemException(index, null, "expected a JSON object or Map but got "
                    + (item == null ? "null" : item.getClass().getSimpleName()));
        }
        if (!node.isObject()) {
            throw new CslItemException(index, null, "expected a JSON object but found " + node.getNodeType());
        }
        return node;
    }

    /** The item's own id as text, or null if it has none. */
    static String originalId(JsonNode item) {
        JsonNode id = item.get("id");
        return id == null || id.isNull() || id.isContainerNode() || id.asText().isBlank() ? null : id.asText();
    }

    private static List<JsonNode> items(JsonNode root, String source) {
        if (root == null || root.isMissingNode()) {
            throw new CitationException(source + " is empty: expected a CSL-JSON array or object.");
        }
        if (root.isObject()) {
            return List.of(root);
        }
        if (!root.isArray()) {
            throw new CitationException(source + " holds a JSON " + root.getNodeType()
                    + ", not a CSL-JSON array or object.");
        }
        List<JsonNode> out = new ArrayList<>(root.size());
        root.forEach(out::add);
        return out;
    }

    private static CitationException syntaxError(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new CitationException("Invalid JSON in " + source + where + ": " + e.getOriginalMessage(), e);
    }
}
