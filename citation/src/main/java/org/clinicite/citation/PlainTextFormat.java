package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;

/**
 * citeproc-java's text format, with a space between a numeric style's label and the entry ("[1] W. Barone"),
 * and clinicite's {@link MarkedRegions} applied; markup markers are dropped (plain text has no markup).
 */
final class PlainTextFormat extends TextFormat implements MarkingFormat {
    private final MarkedRegions regions = new MarkedRegions(false);

    @Override
    public MarkedRegions regions() {
        return regions;
    }

    @Override
    protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
        regions.apply(buffer, ctx);
        super.postProcess(buffer, ctx);
    }

    @Override
    public String formatBibliographyEntry(RenderContext ctx, int index) {
        regions.entry(index);
        try {
            return super.formatBibliographyEntry(ctx, index);
        } finally {
            regions.entry(-1);
        }
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        int split = FirstFieldSplit.end(buffer, ctx);
        if (split < 0) {
            return super.doFormatBibliographyEntry(buffer, ctx, index);
        }
        int size = buffer.getTokens().size();
        return format(buffer.copy(0, split)) + " "
                + super.doFormatBibliographyEntry(buffer.copy(split, size), ctx, index);
    }
}
