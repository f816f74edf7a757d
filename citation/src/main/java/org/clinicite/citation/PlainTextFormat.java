package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;

/** citeproc-java's text format, with a space between a numeric style's label and the entry ("[1] W. Barone"). */
final class PlainTextFormat extends TextFormat {
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
