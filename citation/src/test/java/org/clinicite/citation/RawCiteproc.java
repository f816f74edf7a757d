package org.clinicite.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** citeproc-java 3.5.2 as it is, without clinicite's adjustments: the "before" of the conformance tests. */
final class RawCiteproc {
    private RawCiteproc() {
    }

    /** The plain-text bibliography entries of the CSL-JSON items in the bundled style, as citeproc-java writes them. */
    static List<String> bibliography(String style, String json) {
        return Arrays.stream(engine(style, json).makeBibliography().getEntries()).map(String::strip).toList();
    }

    /** The plain-text first citation of each item, in input order, as citeproc-java writes them. */
    static List<String> citations(String style, String json) {
        CSL csl = engine(style, json);
        List<String> out = new ArrayList<>();
        for (CSLItemData item : items(json)) {
            out.add(csl.makeCitation(item.getId()).get(0).getText());
        }
        return out;
    }

    private static List<CSLItemData> items(String json) {
        List<CSLItemData> items = new ArrayList<>();
        var nodes = CslJson.parse(json);
        for (int i = 0; i < nodes.size(); i++) {
            items.add(CslJson.toItemData(nodes.get(i), i));
        }
        return items;
    }

    private static CSL engine(String style, String json) {
        List<CSLItemData> items = items(json);
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), new BundledLocales(), new DefaultAbbreviationProvider(),
                    StyleCatalog.bundled().resolve(style).xml(), "en-US");
            csl.setOutputFormat("text");
            csl.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
