package org.clinicite.citation;

import java.util.Map;
import java.util.Set;

/**
 * Changes to sanitized field values before they are rendered (never before they are exported), where citeproc-java
 * 3.5.2 reads a value differently from citeproc-js:
 * markup tags in titles and other text become {@link Markers} ({@link RichText}). Changes that depend on the
 * style are made by {@link CslEngine}.
 */
final class RenderingValues {
    private static final Set<String> RICH = Set.of("title", "title-short", "shortTitle", "container-title",
            "container-title-short", "journalAbbreviation", "collection-title", "volume-title", "original-title",
            "reviewed-title", "part-title", "event", "event-title", "publisher", "genre", "medium", "section", "note");

    private RenderingValues() {
    }

    static void adjust(Map<String, Object> item) {
        for (Map.Entry<String, Object> e : item.entrySet()) {
            if (!(e.getValue() instanceof String v)) {
                continue;
            }
            if (RICH.contains(e.getKey())) {
                e.setValue(RichText.toMarkers(v));
            }
        }
    }
}
