package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;

/**
 * The marker handling shared by clinicite's output formats: each has its {@link MarkedRegions}, applies them to
 * every rendered token buffer before citeproc-java merges punctuation, and marks which bibliography entry is being
 * formatted. {@link PlainTextFormat} and {@link RtfFormat} extend this class; {@link MarkedHtmlFormat} must extend
 * citeproc-java's HtmlFormat instead and does the same through {@link MarkedRegions#entry(int, java.util.function.Supplier)}.
 * RTF builds on citeproc-java's text format and overrides everything that format writes.
 */
abstract class MarkedTextFormat extends TextFormat implements MarkingFormat {
    private final MarkedRegions regions;

    /** @param keepMarkup whether markup markers stay for the format to turn into markup ({@link MarkedRegions}) */
    MarkedTextFormat(boolean keepMarkup) {
        this.regions = new MarkedRegions(keepMarkup);
    }

    @Override
    public final MarkedRegions regions() {
        return regions;
    }

    @Override
    protected final void postProcess(TokenBuffer buffer, RenderContext ctx) {
        regions.apply(buffer, ctx);
        super.postProcess(buffer, ctx);
    }

    @Override
    public final String formatBibliographyEntry(RenderContext ctx, int index) {
        return regions.entry(index, () -> super.formatBibliographyEntry(ctx, index));
    }
}
