package org.clinicite.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.internal.format.Format;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One built citeproc-java processor for a (style, locale, format), reused across calls. A CSL object is
 * not thread-safe, so each call holds the engine's lock; between calls it is reset and its items swapped.
 * citeproc-java gets the style as {@link StyleRewriter} rewrites it, and the items with the style's adjustments
 * ({@link HyphenatedInitials}, {@link YearSuffixes}), already in bibliography order
 * ({@link BibliographySorter}).
 */
final class CslEngine {
    private static final Pattern RANGE_TERM = Pattern.compile("<term name=\"page-range-delimiter\">([^<]*)</term>");

    private final SwappableItemProvider items = new SwappableItemProvider();
    private final Format format;
    private final CSL csl;
    private final StyleRewriter.Rewritten style;
    private final BibliographySorter sorter;

    /** Builds the processor from the style's XML text (never from a name or URL, so nothing is fetched). */
    CslEngine(ResolvedStyle style, String locale, OutputFormat outputFormat, LocaleProvider locales) throws IOException {
        this.format = outputFormat.newFormat();
        this.style = StyleRewriter.rewrite(style.xml(), locale);
        MarkedRegions regions = ((MarkingFormat) format).regions();
        regions.substituteSubsequentAuthors(this.style.subsequentAuthorSubstitute());
        regions.rangeDelimiter(rangeDelimiter(this.style, locale, locales));
        DefaultAbbreviationProvider abbreviations = new DefaultAbbreviationProvider();
        this.csl = new CSL(items, locales, abbreviations, this.style.xml(), locale);
        this.sorter = this.style.bibliographySort() == null ? null
                : new BibliographySorter(csl, this.style.bibliographySort(), this.style.sortKeyStyle(), abbreviations);
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

    /** Registers the items in bibliography order (citeproc-java then numbers them in that order). */
    private void prepare(List<CSLItemData> data) {
        List<CSLItemData> sorted = data.stream().map(this::adjust).toList();
        if (sorter != null) {
            sorted = sorter.sort(sorted);
        }
        if (style.yearSuffix()) {
            Map<String, String> suffixes = YearSuffixes.assign(sorted);
            if (!suffixes.isEmpty()) {
                sorted = sorted.stream().map(i -> suffixes.containsKey(i.getId())
                        ? new CSLItemDataBuilder(i).yearSuffix(suffixes.get(i.getId())).build() : i).toList();
            }
        }
        register(sorted);
    }

    private void register(List<CSLItemData> data) {
        items.set(data);
        csl.reset();
        // reset() also puts the output format back to HTML, so set ours again every time
        csl.setOutputFormat(format);
        csl.registerCitationItems(data.stream().map(CSLItemData::getId).toList());
    }

    private CSLItemData adjust(CSLItemData item) {
        return style.joinHyphenatedInitials() ? HyphenatedInitials.join(item) : item;
    }

    /** The style's page-range-delimiter term, else the locale's, else citeproc-js's default. */
    private static String rangeDelimiter(StyleRewriter.Rewritten style, String locale, LocaleProvider locales) {
        if (style.pageRangeDelimiter() != null) {
            return style.pageRangeDelimiter();
        }
        Matcher m = RANGE_TERM.matcher(locales.retrieveLocale(locale));
        if (m.find()) {
            return m.group(1);
        }
        return locale.startsWith("fr") || locale.startsWith("pt") ? "-" : "\u2013";
    }
}
