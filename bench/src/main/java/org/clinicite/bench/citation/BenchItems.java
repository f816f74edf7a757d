package org.clinicite.bench.citation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark item lists of any size from the conformance corpus: copy k of an item gets its own id, and its year
 * moved by k (so that a long list is not one huge set of same-author-same-year items). Titles, names and
 * journals stay real.
 */
final class BenchItems {
    private BenchItems() {
    }

    static List<JsonNode> of(List<JsonNode> corpus, int size) {
        List<JsonNode> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ObjectNode item = corpus.get(i % corpus.size()).deepCopy();
            int copy = i / corpus.size();
            item.put("id", item.path("id").asText() + "#" + copy);
            shiftYear(item, copy);
            out.add(item);
        }
        return out;
    }

    private static void shiftYear(ObjectNode item, int by) {
        JsonNode parts = item.path("issued").path("date-parts").path(0);
        if (by > 0 && parts instanceof ArrayNode a && a.size() > 0 && a.get(0).canConvertToInt()) {
            a.set(0, a.get(0).asInt() - by);
        }
    }
}
