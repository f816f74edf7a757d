package org.clinicite.citation;

import java.util.List;
import java.util.Objects;

/**
 * Formats CSL-JSON items as bibliographies and in-text citations with citeproc-java.
 *
 * <p>Items are Jackson {@code JsonNode}s or {@code Map}s of plain JSON values. Built citeproc-java engines
 * are cached per (style, locale, format) and reused: a call only resets the engine and swaps its items.
 * Thread-safe: calls on different keys run in parallel, calls on one key take turns on its engine.
 */
public final class CitationFormatter {
    public static final String DEFAULT_LOCALE = "en-US";
    private static final int DEFAULT_CACHED_ENGINES = 32;

    private final StyleCatalog catalog = StyleCatalog.bundled();
    private final BundledLocales locales = new BundledLocales();
    private final EngineCache engines;

    public CitationFormatter() {
        this(DEFAULT_CACHED_ENGINES);
    }

    /** @param maxCachedEngines how many built engines to keep (least recently used are dropped) */
    public CitationFormatter(int maxCachedEngines) {
        this.engines = new EngineCache(maxCachedEngines);
    }

    /**
     * The bibliography of {@code cslItems}. Items that cannot be used are left out and reported in
     * {@link Bibliography#issues()}; this method does not fail because of one bad item.
     *
     * @param style  a style id, alias, dependent style id or .csl path (see {@link StyleCatalog#resolve})
     * @param locale e.g. "de-DE"; null uses the style's default-locale, else en-US
     * @throws UnknownStyleException  for an unknown style
     * @throws UnknownLocaleException for a locale not in the bundled locales
     */
    public Bibliography format(List<?> cslItems, String style, OutputFormat format, String locale) {
        ResolvedStyle resolved = catalog.resolve(style);
        if (!resolved.hasBibliography()) {
            throw new CitationException("Style '" + resolved.info().id() + "' (" + resolved.info().title()
                    + ") defines no bibliography, only in-text citations.");
        }
        String lang = locale(resolved, locale);
        ItemConverter.Converted items = ItemConverter.convert(Objects.requireNonNull(cslItems, "cslItems"));
        return BibliographyRenderer.render(engine(resolved, lang, format), items, resolved.info().id(), lang, format);
    }

    /** {@link #format(List, String, OutputFormat, String)} as plain text in the style's default locale. */
    public Bibliography format(List<?> cslItems, String style) {
        return format(cslItems, style, OutputFormat.TEXT, null);
    }

    /**
     * The in-text citation of each item, in input order, as the style writes it when a document cites the
     * items one after another: "(Barone et al., 2019)" in APA, "[1]", "[2]"… in IEEE.
     *
     * @throws CslItemException if an item cannot be used or citeproc-java fails on it (the first is reported)
     */
    public List<String> citations(List<?> cslItems, String style, OutputFormat format, String locale) {
        ResolvedStyle resolved = catalog.resolve(style);
        String lang = locale(resolved, locale);
        ItemConverter.Converted items = ItemConverter.convert(Objects.requireNonNull(cslItems, "cslItems"));
        if (!items.failures().isEmpty()) {
            throw items.failures().get(0);
        }
        CslEngine engine = engine(resolved, lang, format);
        try {
            return engine.citations(items.data());
        } catch (CitationException e) {
            throw e;
        } catch (RuntimeException e) {
            List<CslItemException> culprits = FailureIsolation.failing(items, engine::citations);
            throw culprits.isEmpty() ? FailureIsolation.unexplained(resolved.info().id(), e) : culprits.get(0);
        }
    }

    /** How many citeproc-java engines this formatter has built; a reused engine does not count. */
    public long engineBuilds() {
        return engines.builds();
    }

    private String locale(ResolvedStyle style, String requested) {
        return locales.canonical(requested == null || requested.isBlank() ? style.defaultLocale() : requested);
    }

    private CslEngine engine(ResolvedStyle style, String lang, OutputFormat format) {
        Objects.requireNonNull(format, "format");
        return engines.get(new EngineCache.Key(style.cacheKey(), lang, format),
                () -> new CslEngine(style, lang, format, locales));
    }
}
