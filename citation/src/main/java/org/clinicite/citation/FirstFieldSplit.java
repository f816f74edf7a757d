package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.output.SecondFieldAlign;
import java.util.List;

/**
 * Where the first field (e.g. "[1]") of a bibliography entry ends, for styles with {@code second-field-align}.
 * citeproc-java's HTML format puts it in its own div; the text format glues it to the rest ("[1]W. Barone"),
 * so our text and RTF formats use this to put a separator in between.
 */
final class FirstFieldSplit {
    private FirstFieldSplit() {
    }

    /** Index of the first token after the first field, or -1 if the entry has no separate first field. */
    static int end(TokenBuffer buffer, RenderContext ctx) {
        if (ctx.getStyle().getBibliography() == null
                || ctx.getStyle().getBibliography().getSecondFieldAlign() == SecondFieldAlign.FALSE) {
            return -1;
        }
        List<Token> tokens = buffer.getTokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).isFirstField()) {
            i++;
        }
        return i > 0 && i < tokens.size() ? i : -1;
    }
}
