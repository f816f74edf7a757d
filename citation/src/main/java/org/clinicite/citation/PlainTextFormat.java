package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;

/**
 * citeproc-java's text format, with a space between a numeric style's label and the entry ("[1] W. Barone"),
 * and clinicite's {@link MarkedRegions} applied; markup markers are dropped (plain text has no markup).
 */
final class PlainTextFormat extends MarkedTextFormat {
    PlainTextFormat() {
        super(false);
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
