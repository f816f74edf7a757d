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
 *   <li>Building a citeproc-java engine takes 30-500 ms, so each {@code CitationFormatter} keeps built engines
 *       per (style XML, locale, format), least recently used dropped first. A dependent style and its parent
 *       share an engine. A call resets the engine and swaps in its items through a provider the engine was
 *       built with; nothing is rebuilt per call or per item. Engines are locked per call, so a formatter can
 *       be shared between threads.</li>
 * </ul>
 *
 * <h2>Offline guarantee</h2>
 * Styles and locales are read only from the classpath ({@code jar:file:} or {@code file:}). citeproc-java
 * is always given style XML text, never a name or URL: given a name, it looks up a dependent style's parent
 * by its zotero.org URL and downloads it if it is not on the classpath. Here parents are resolved from the
 * bundled jar, and a parent that is not bundled is an error. User .csl files with a DOCTYPE or ENTITY
 * declaration are refused, so the XML parser has no external entity to fetch.
 *
 * <p>{@code PlainTextFormat} and {@code RtfFormat} extend citeproc-java's
 * {@code de.undercouch.citeproc.csl.internal.format} classes, which are internal: re-check them when
 * upgrading citeproc-java.
 */
package org.clinicite.citation;
