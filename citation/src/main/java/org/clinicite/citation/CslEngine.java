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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One built citeproc-java processor for a (style, locale, format), reused across calls. A CSL object is
 * not thread-safe, so each call holds the engine's lock; between calls it is reset and its items swapped.
 * citeproc-java gets the style as {@link StyleRewriter} rewrites it, and the items with the style's adjustments
 * ({@link NumberRanges#hyphenate}, {@link HyphenatedInitials}, {@link Disambiguation}, {@link YearSuffixes}), already in
 * bibliography order
 * ({@link BibliographySorter}).
 */
final class CslEngine {
    private static final Pattern RANGE_TERM = Pattern.compile("<term name=\"page-range-delimiter\">([^<]*)</term>");

    private final SwappableItemProvider items = new SwappableItemProvider();
    private final DefaultAbbreviationProvider abbreviations = new DefaultAbbreviationProvider();
    private final ResolvedStyle resolved;
    private final String locale;
    private final OutputFormat outputFormat;
    private final LocaleProvider locales;
    private final Processor main;
    private final StyleRewriter.Rewritten style;
    private final BibliographySorter sorter;
    /** Copies of the style for items of ambiguous cites ({@link Disambiguation}), built when first needed. */
    private final Map<Disambiguation.Variant, Processor> variants = new HashMap<>();
    /** Items of the current call whose volume or issue range had an en dash ({@link NumberRanges#hyphenate}). */
    private final Set<String> enDashRanges = new HashSet<>();

    /** Builds the processor from the style's XML text (never from a name or URL, so nothing is fetched). */
    CslEngine(ResolvedStyle style, String locale, OutputFormat outputFormat, LocaleProvider locales) throws IOException {
        this.resolved = style;
        this.locale = locale;
        this.outputFormat = outputFormat;
        this.locales = locales;
        this.main = build(null);
        this.style = main.style();
        this.sorter = this.style.bibliographySort() == null ? null
                : new BibliographySorter(main.csl(), this.style.bibliographySort(), this.style.sortKeyStyle(),
                        abbreviations);
    }

    /** A citeproc-java processor of the style, or of a copy for a disambiguation variant, with its own format. */
    private record Processor(CSL csl, Format format, StyleRewriter.Rewritten style) {
    }

    private Processor build(Disambiguation.Variant variant) throws IOException {
        Format format = outputFormat.newFormat();
        StyleRewriter.Rewritten rewritten = StyleRewriter.rewrite(resolved.xml(), locale, variant);
        MarkedRegions regions = ((MarkingFormat) format).regions();
        regions.substituteSubsequentAuthors(rewritten.subsequentAuthorSubstitute());
        regions.rangeDelimiter(rangeDelimiter(rewritten, locale, locales));
        regions.enDashRanges(enDashRanges);
        return new Processor(new CSL(items, locales, abbreviations, rewritten.xml(), locale), format, rewritten);
    }

    private Processor variant(Disambiguation.Variant v) {
        Processor p = variants.get(v);
        if (p == null) {
            try {
                p = build(v);
            } catch (IOException e) {
                throw new CitationException("Cannot build citation style " + resolved.cacheKey() + " for " + v, e);
            }
            variants.put(v, p);
        }
        return p;
    }

    /** What citeproc-java rendered, with the item id of each entry (citeproc-java 3.5.2 leaves those null). */
    record Rendered(String[] entries, List<String> entryIds, String text) {
    }

    /** The bibliography of these items, sorted as the style sorts. */
    synchronized Rendered bibliography(List<CSLItemData> data) {
        try {
            List<CSLItemData> sorted = sorted(data);
            Map<String, Disambiguation.Variant> variantOf = style.disambiguation().inBibliography()
                    ? disambiguate(sorted, true) : Map.of();
            sorted = withYearSuffixes(sorted);
            Disambiguation.Options o = style.disambiguation();
            if (o.bibEtAlUseLast()) {
                sorted = EtAlUseLast.apply(sorted, o.bibEtAlMin(), o.bibEtAlUseFirst());
            }
            register(main, sorted);
            CSL csl = main.csl();
            Bibliography b = csl.makeBibliography();
            List<String> registered = csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
            List<String> ids = registered.size() == b.getEntries().length ? registered : nonEmpty(registered);
            if (!variantOf.isEmpty()) {
                b = withVariants(b, ids, sorted, variantOf);
            }
            return new Rendered(b.getEntries(), ids, b.makeString());
        } finally {
            items.clear();
        }
    }

    /** The entries of items of ambiguous cites rendered again with their variant of the style. */
    private Bibliography withVariants(Bibliography b, List<String> ids, List<CSLItemData> sorted,
            Map<String, Disambiguation.Variant> variantOf) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        String[] entries = b.getEntries().clone();
        Map<Disambiguation.Variant, Set<String>> byVariant = new LinkedHashMap<>();
        variantOf.forEach((id, v) -> byVariant.computeIfAbsent(v, k -> new HashSet<>()).add(id));
        for (Map.Entry<Disambiguation.Variant, Set<String>> e : byVariant.entrySet()) {
            Processor p = variant(e.getKey());
            register(p, sorted);
            Set<String> wanted = e.getValue();
            List<String> order = sorted.stream().map(CSLItemData::getId).filter(wanted::contains).toList();
            String[] again = p.csl().makeBibliography(item -> wanted.contains(item.getId())).getEntries();
            if (again.length != order.size()) {
                continue; // an entry rendered empty: keep the style's rendering rather than guess which
            }
            for (int i = 0; i < again.length; i++) {
                Integer at = position.get(order.get(i));
                if (at != null) {
                    entries[at] = again[i];
                }
            }
        }
        return new Bibliography(entries, b.getBibStart(), b.getBibEnd(), b.getEntryIds(), b.getMaxOffset(),
                b.getEntrySpacing(), b.getLineSpacing(), b.getHangingIndent(), b.getDone(), b.getSecondFieldAlign());
    }

    /** citeproc-java drops entries that render empty; find which items did render. Rare, so slow is fine. */
    private List<String> nonEmpty(List<String> sorted) {
        List<String> ids = new ArrayList<>();
        for (String id : sorted) {
            if (main.csl().makeBibliography(item -> item.getId().equals(id)).getEntries().length > 0) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** One in-text citation per item, in input order, as if a document cited each item once in that order. */
    synchronized List<String> citations(List<CSLItemData> data) {
        try {
            List<CSLItemData> sorted = sorted(data);
            Map<String, Disambiguation.Variant> variantOf = style.disambiguation().inCitations()
                    ? disambiguate(sorted, true) : Map.of();
            sorted = withYearSuffixes(sorted);
            register(main, sorted);
            for (Disambiguation.Variant v : new HashSet<>(variantOf.values())) {
                register(variant(v), sorted);
            }
            List<String> out = new ArrayList<>(data.size());
            for (CSLItemData item : data) {
                Disambiguation.Variant v = variantOf.get(item.getId());
                out.add(newest((v == null ? main : variant(v)).csl().makeCitation(item.getId())));
            }
            return out;
        } finally {
            items.clear();
        }
    }

    /** The text of the citation just made (makeCitation may also return earlier ones it changed). */
    private static String newest(List<Citation> made) {
        return made.stream().max(Comparator.comparingInt(Citation::getIndex)).map(Citation::getText).orElse("");
    }

    /** The items adjusted for the style and in bibliography order (citeproc-java then numbers them so). */
    private List<CSLItemData> sorted(List<CSLItemData> data) {
        enDashRanges.clear();
        List<CSLItemData> sorted = data.stream().map(this::adjust).toList();
        return sorter != null ? sorter.sort(sorted) : sorted;
    }

    /** Disambiguation steps 1 and 2 ({@link Disambiguation}): the variant of each item of an ambiguous cite. */
    private Map<String, Disambiguation.Variant> disambiguate(List<CSLItemData> sorted, boolean givenNames) {
        return Disambiguation.choose(sorted, style.disambiguation(), givenNames, candidates -> {
            items.set(sorted);
            main.csl().reset();
            main.csl().setOutputFormat(main.format());
            main.csl().registerCitationItems(candidates.stream().map(CSLItemData::getId).toList());
            Map<String, String> cites = new HashMap<>();
            for (CSLItemData item : candidates) {
                cites.put(item.getId(), newest(main.csl().makeCitation(item.getId())));
            }
            return cites;
        });
    }

    /** Step 4, year-suffixes ({@link YearSuffixes}), for items that names cannot tell apart. */
    private List<CSLItemData> withYearSuffixes(List<CSLItemData> sorted) {
        if (!style.yearSuffix()) {
            return sorted;
        }
        Map<String, String> suffixes = YearSuffixes.assign(sorted);
        return suffixes.isEmpty() ? sorted : sorted.stream().map(i -> suffixes.containsKey(i.getId())
                ? new CSLItemDataBuilder(i).yearSuffix(suffixes.get(i.getId())).build() : i).toList();
    }

    private void register(Processor p, List<CSLItemData> data) {
        items.set(data);
        p.csl().reset();
        // reset() also puts the output format back to HTML, so set ours again every time
        p.csl().setOutputFormat(p.format());
        p.csl().registerCitationItems(data.stream().map(CSLItemData::getId).toList());
    }

    private CSLItemData adjust(CSLItemData item) {
        CSLItemData hyphenated = NumberRanges.hyphenate(item);
        if (hyphenated != item) {
            enDashRanges.add(item.getId());
        }
        return style.joinHyphenatedInitials() ? HyphenatedInitials.join(hyphenated) : hyphenated;
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
