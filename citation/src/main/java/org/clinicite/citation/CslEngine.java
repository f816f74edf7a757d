package org.clinicite.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One built citeproc-java processor for a (style, locale, format), reused across calls. A CSL object is
 * not thread-safe, so each call holds the engine's lock; between calls it is reset and its items swapped.
 */
final class CslEngine {
    private final SwappableItemProvider items = new SwappableItemProvider();
    private final Format format;
    private final CSL csl;

    /** Builds the processor from the style's XML text (never from a name or URL, so nothing is fetched). */
    CslEngine(ResolvedStyle style, String locale, OutputFormat outputFormat, LocaleProvider locales) throws IOException {
        this.format = outputFormat.newFormat();
        this.csl = new CSL(items, locales, new DefaultAbbreviationProvider(), style.xml(), locale);
    }

    /** What citeproc-java rendered, with the item id of each entry (citeproc-java 3.5.2 leaves those null). */
    record Rendered(String[] entries, List<String> entryIds, String text) {
    }

    /** The bibliography of these items, sorted as the style sorts. */
    synchronized Rendered bibliography(List<CSLItemData> data) {
        try {
            prepare(data);
            Bibliography b = csl.makeBibliography();
            List<String> sorted = csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
            List<String> ids = sorted.size() == b.getEntries().length ? sorted : nonEmpty(sorted);
            return new Rendered(b.getEntries(), ids, b.makeString());
        } finally {
            items.clear();
        }
    }

    /** citeproc-java drops entries that render empty; find which items did render. Rare, so slow is fine. */
    private List<String> nonEmpty(List<String> sorted) {
        List<String> ids = new ArrayList<>();
        for (String id : sorted) {
            if (csl.makeBibliography(item -> item.getId().equals(id)).getEntries().length > 0) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** One in-text citation per item, in input order, as if a document cited each item once in that order. */
    synchronized List<String> citations(List<CSLItemData> data) {
        try {
            prepare(data);
            String[] out = new String[data.size()];
            for (CSLItemData item : data) {
                // makeCitation also returns earlier citations it had to change (e.g. disambiguation)
                for (Citation c : csl.makeCitation(item.getId())) {
                    out[c.getIndex()] = c.getText();
                }
            }
            return new ArrayList<>(Arrays.asList(out));
        } finally {
            items.clear();
        }
    }

    private void prepare(List<CSLItemData> data) {
        items.set(data);
        csl.reset();
        // reset() also puts the output format back to HTML, so set ours again every time
        csl.setOutputFormat(format);
        csl.registerCitationItems(data.stream().map(CSLItemData::getId).toList());
    }
}
