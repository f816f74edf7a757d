package org.clinicite.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds which items make citeproc-java throw (it fails on, e.g., a page range "e1–e" in some styles), by
 * rendering each item alone. Only used after rendering the whole list failed, so its cost does not matter.
 */
final class FailureIsolation {
    private FailureIsolation() {
    }

    /** The items that fail when rendered alone with {@code render}, as per-item errors. */
    static List<CslItemException> failing(ItemConverter.Converted items, Consumer<List<CSLItemData>> render) {
        List<CslItemException> out = new ArrayList<>();
        for (int pos = 0; pos < items.data().size(); pos++) {
            try {
                render.accept(List.of(items.data().get(pos)));
            } catch (CitationException e) {
                throw e;
            } catch (RuntimeException e) {
                out.add(new CslItemException(items.sourceIndex().get(pos), items.sourceIds().get(pos),
                        "citeproc-java could not format it: " + e, e));
            }
        }
        return out;
    }

    /** A whole-list failure that no single item explains, with the style for context. */
    static CitationException unexplained(String style, RuntimeException e) {
        return new CitationException("citeproc-java failed with style '" + style + "': " + e, e);
    }
}
