package org.clinicite.citation;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item source of a cached {@link CslEngine}. citeproc-java's CSL object keeps the provider it was built
 * with for life, so instead of rebuilding the engine per call the items are swapped in here (under the
 * engine's lock) and cleared afterwards.
 */
final class SwappableItemProvider implements ItemDataProvider {
    private Map<String, CSLItemData> items = Map.of();

    void set(List<CSLItemData> list) {
        Map<String, CSLItemData> m = new LinkedHashMap<>(list.size() * 2);
        list.forEach(i -> m.put(i.getId(), i));
        items = m;
    }

    void clear() {
        items = Map.of();
    }

    @Override
    public CSLItemData retrieveItem(String id) {
        return items.get(id);
    }

    @Override
    public Collection<String> getIds() {
        return items.keySet();
    }
}
