package org.clinicite.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders converted items with an engine into a {@link Bibliography}. If citeproc-java fails on the list,
 * the items that fail alone are reported as skipped {@link ItemIssue}s and the rest is rendered.
 */
final class BibliographyRenderer {
    private BibliographyRenderer() {
    }

    static Bibliography render(CslEngine engine, ItemConverter.Converted items, String style, String locale,
            OutputFormat format) {
        List<ItemIssue> issues = new ArrayList<>(items.issues());
        CslEngine.Rendered out;
        try {
            out = engine.bibliography(items.data());
        } catch (CitationException e) {
            throw e;
        } catch (RuntimeException whole) {
            Set<Integer> bad = new HashSet<>();
            for (CslItemException e : FailureIsolation.failing(items, engine::bibliography)) {
                issues.add(ItemIssue.skipped(e));
                bad.add(e.index());
            }
            List<CSLItemData> usable = new ArrayList<>();
            for (int pos = 0; pos < items.data().size(); pos++) {
                if (!bad.contains(items.sourceIndex().get(pos))) {
                    usable.add(items.data().get(pos));
                }
            }
            try {
                out = engine.bibliography(usable);
            } catch (RuntimeException again) {
                throw FailureIsolation.unexplained(style, again);
            }
        }
        issues.sort(Comparator.comparingInt(ItemIssue::index));
        return new Bibliography(style, locale, format, entries(out, items), out.text(), issues);
    }

    private static List<Bibliography.Entry> entries(CslEngine.Rendered out, ItemConverter.Converted items) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.data().size(); i++) {
            position.put(items.data().get(i).getId(), i);
        }
        String[] texts = out.entries();
        List<String> ids = out.entryIds();
        List<Bibliography.Entry> entries = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            int pos = position.get(ids.get(i));
            entries.add(new Bibliography.Entry(items.sourceIndex().get(pos), items.sourceIds().get(pos), texts[i].strip()));
        }
        return entries;
    }
}
