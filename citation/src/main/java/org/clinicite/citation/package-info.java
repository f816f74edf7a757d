/**
 * Citation formatting for clinicite: CSL-JSON in, bibliographies and in-text citations out, with
 * citeproc-java and the official CSL styles and locales bundled as jars. This package knows nothing of
 * studies; the core module turns them into CSL-JSON.
 *
 * <h2>Classes</h2>
 * <ul>
 *   <li>{@link org.clinicite.citation.CitationFormatter}: {@code format(items, style, format, locale)} gives a
 *       {@link org.clinicite.citation.Bibliography} (entries plus the full text, and per-item
 *       {@link org.clinicite.citation.ItemIssue}s); {@code citations(...)} gives one in-text citation per item.</li>
 *   <li>{@link org.clinicite.citation.StyleCatalog}: lists and searches the bundled styles
 *       ({@link org.clinicite.citation.StyleInfo}) and resolves an id, alias ("vancouver", "ama", "mla",
 *       "chicago", "harvard"), dependent style ("jama") or .csl path to a
 *       {@link org.clinicite.citation.ResolvedStyle}: the independent XML to render with.</li>
 *   <li>{@link org.clinicite.citation.CslJson}: reads CSL-JSON (an array or one object) with Jackson and
 *       converts items to citeproc-java's {@code CSLItemData}, repairing what real files get wrong: string or
 *       null date-parts, excess date parts, uneven date ranges, Crossref-style arrays for strings, unknown
 *       types, missing or duplicate ids.</li>
 *   <li>{@link org.clinicite.citation.OutputFormat}: TEXT, HTML, RTF (RTF is our own; citeproc-java has none).</li>
 *   <li>Errors: {@link org.clinicite.citation.CitationException} and its subclasses
 *       {@link org.clinicite.citation.UnknownStyleException} (with the nearest ids),
 *       {@link org.clinicite.citation.UnknownLocaleException} and
 *       {@link org.clinicite.citation.CslItemException} (names the item's position and id).</li>
 * </ul>
 *
 * <h2>Caching</h2>
 * <ul>
 *   <li>The catalog index (id, title, dependent, parent of all ~10,800 styles) is built lazily once per
 *       process from the styles jar's {@code <info>} blocks (a few hundred ms) and kept. Resolving one id
 *       reads only that file and is cached per id.</li>
 *   <li>Building a citeproc-java engine takes 30-500 ms (plus the style rewrite), so each
 *       {@code CitationFormatter} keeps built engines per (style XML, locale, format), least recently used dropped first. A dependent style and its parent
 *       share an engine. A call resets the engine and swaps in its items through a provider the engine was
 *       built with; nothing is rebuilt per call or per item. Engines are locked per call, so a formatter can
 *       be shared between threads.</li>
 * </ul>
 *
 * <h2>Conformance with citeproc-js</h2>
 * citeproc-js (the processor Zotero uses) is the reference; {@code conformance/run} measures how many entries
 * clinicite renders identically (conformance/README.md). citeproc-java stays the engine; where it renders a style
 * differently, clinicite adjusts around it, each adjustment tested on a real item in
 * {@code CiteprocJsConformanceTest}:
 * <ul>
 *   <li>{@link org.clinicite.citation.StyleRewriter} rewrites the style before citeproc-java builds it: attributes
 *       it ignores or renders differently ({@code strip-periods} and {@code text-case} on {@code <text>}, ranges in
 *       volume and issue, the first names for {@code subsequent-author-substitute}) become private-use
 *       {@link org.clinicite.citation.Markers} in affixes, which {@link org.clinicite.citation.MarkedRegions}
 *       applies in each output format before punctuation is merged ({@link org.clinicite.citation.TitleCase} is
 *       citeproc-js's title case); a date's {@code delimiter} becomes prefixes; the bibliography {@code <sort>} is
 *       taken out.</li>
 *   <li>{@link org.clinicite.citation.BibliographySorter} sorts the items before they are registered, with keys
 *       rendered once from a copy of the style ({@link org.clinicite.citation.SortKeyStyle}) and compared as
 *       citeproc-js compares them ({@link org.clinicite.citation.SortKeyComparator}); this also removes
 *       citeproc-java's quadratic registration (about 10 s for 1,000 items before).</li>
 *   <li>{@link org.clinicite.citation.CslEngine} adjusts the items per style:
 *       {@link org.clinicite.citation.HyphenatedInitials}, {@link org.clinicite.citation.NumberRanges#hyphenate},
 *       {@link org.clinicite.citation.YearSuffixes}, {@link org.clinicite.citation.EtAlUseLast} (bibliography);
 *       {@link org.clinicite.citation.RenderingValues} turns markup in
 *       field values into markers ({@link org.clinicite.citation.RichText}).</li>
 *   <li>{@link org.clinicite.citation.Disambiguation} does CSL disambiguation steps 1 to 3 (added names, given names
 *       with the rule "by-cite", {@code disambiguate="true"} conditions, which citeproc-java takes as always true):
 *       the first cites of items whose first authors share a family name are rendered, identical ones form a set,
 *       and the items of a set are rendered with a copy of the style for the first variant that tells them apart
 *       (raised {@code et-al-use-first}, author names not initialised, conditions true). {@code CslEngine} builds
 *       each variant's processor once and keeps it; citations always use the variants, the bibliography only where
 *       it shortens names as citations do (as citeproc-js).</li>
 *   <li>Output formats: {@link org.clinicite.citation.PlainTextFormat} and {@link org.clinicite.citation.RtfFormat}
 *       extend {@link org.clinicite.citation.MarkedTextFormat}, which holds the marker handling (apply
 *       {@link org.clinicite.citation.MarkedRegions} before punctuation is merged, mark the bibliography entry);
 *       {@link org.clinicite.citation.MarkedHtmlFormat} must extend citeproc-java's HtmlFormat and wires the same
 *       two calls.</li>
 * </ul>
 * What only citeproc-java can fix (suffix position in inverted names, the global given-name rules such as Chicago's
 * "primary-name") is written up in conformance/UPSTREAM.md. The adjustments read citeproc-java 3.5.2
 * internals (token types, {@code BaseFormat.postProcess}, {@code SKey}, the {@code CSL.locale} field): re-check
 * them when upgrading; the "before" halves of the conformance tests fail once citeproc-java fixes a difference.
 *
 * <h2>Offline guarantee</h2>
 * Styles and locales are read only from the classpath ({@code jar:file:} or {@code file:}). citeproc-java
 * is always given style XML text, never a name or URL: given a name, it looks up a dependent style's parent
 * by its zotero.org URL and downloads it if it is not on the classpath. Here parents are resolved from the
 * bundled jar, and a parent that is not bundled is an error. User .csl files with a DOCTYPE or ENTITY
 * declaration are refused, so the XML parser has no external entity to fetch.
 *
 * <p>{@code MarkedTextFormat} (and so {@code PlainTextFormat}, {@code RtfFormat}) and {@code MarkedHtmlFormat} extend
 * citeproc-java's {@code de.undercouch.citeproc.csl.internal.format} classes, which are internal: re-check them when
 * upgrading citeproc-java.
 */
package org.clinicite.citation;
