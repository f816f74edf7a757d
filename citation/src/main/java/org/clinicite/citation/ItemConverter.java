package org.clinicite.citation;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts a list of CSL-JSON items for rendering. Each item gets an internal id ({@code #INDEX}) so that
 * items without an id or with duplicate ids still render; bad items become {@link ItemIssue}s instead of
 * failing the whole list.
 */
final class ItemConverter {
    private static final Set<String> NOT_CONTENT = Set.of("id", "type", "language", "source", "categories");

    private ItemConverter() {
    }

    /** The usable items, in input order, with where each came from. */
    record Converted(List<CSLItemData> data, List<Integer> sourceIndex, List<String> sourceIds,
            List<ItemIssue> issues, List<CslItemException> failures) {
    }

    static Converted convert(List<?> items) {
        List<CSLItemData> data = new ArrayList<>(items.size());
        List<Integer> indexes = new ArrayList<>(items.size());
        List<String> ids = new ArrayList<>(items.size());
        List<ItemIssue> issues = new ArrayList<>();
        List<CslItemException> failures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                JsonNode node = CslJson.toNode(items.get(i), i);
                String id = CslJson.originalId(node);
                List<String> repairs = new ArrayList<>();
                data.add(convertOne(node, i, "#" + i, repairs, true));
                indexes.add(i);
                ids.add(id);
                for (String r : repairs) {
                    issues.add(new ItemIssue(i, id, CslItemException.describe(i, id) + ": " + r, false));
                }
            } catch (CslItemException e) {
                issues.add(ItemIssue.skipped(e));
                failures.add(e);
            }
        }
        return new Converted(data, indexes, ids, issues, failures);
    }

    /**
     * Sanitizes and converts one item object; every failure is a {@link CslItemException} naming the item.
     *
     * @param forRendering also apply {@link RenderingValues} (for formatting; not for item data handed out)
     */
    static CSLItemData convertOne(JsonNode node, int index, String internalId, List<String> repairs,
            boolean forRendering) {
        String id = CslJson.originalId(node);
        Map<String, Object> clean = CslItemSanitizer.sanitize(node, internalId, repairs);
        if (forRendering) {
            RenderingValues.adjust(clean);
        }
        if (clean.keySet().stream().allMatch(NOT_CONTENT::contains)) {
            throw new CslItemException(index, id, "has no bibliographic data (no title, author, date, "
                    + "container-title, DOI or URL); nothing to cite");
        }
        try {
            return CSLItemData.fromJson(clean);
        } catch (RuntimeException e) {
            throw new CslItemException(index, id, "citeproc-java rejected the item: " + e, e);
        }
    }
}
