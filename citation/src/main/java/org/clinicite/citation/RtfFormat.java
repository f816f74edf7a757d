package org.clinicite.citation;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_ITALIC;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_OBLIQUE;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FV_SMALLCAPS;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FW_BOLD;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.TD_UNDERLINE;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.VA_SUB;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.VA_SUP;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import de.undercouch.citeproc.output.Bibliography;

/**
 * Rich Text Format output, which citeproc-java 3.5.2 does not have (it offers text, html, asciidoc, fo, markdown).
 * Entries are RTF paragraphs; the bibliography start/end make the full text a complete RTF document.
 */
final class RtfFormat extends MarkedTextFormat {
    static final String DOCUMENT_START = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n";
    static final String DOCUMENT_END = "}";

    RtfFormat() {
        super(true);
    }

    @Override
    public String getName() {
        return "rtf";
    }

    @Override
    protected String doFormatCitation(TokenBuffer buffer, RenderContext ctx) {
        return format(buffer);
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        int split = FirstFieldSplit.end(buffer, ctx);
        String body = split < 0 ? format(buffer)
                : format(buffer.copy(0, split)) + "\\tab " + format(buffer.copy(split, buffer.getTokens().size()));
        return "{\\pard " + body + "\\par}\n";
    }

    @Override
    protected String doFormatLink(String text, String uri) {
        return text;
    }

    @Override
    public Bibliography makeBibliography(String[] entries, SBibliography bibliographyElement) {
        return new Bibliography(entries, DOCUMENT_START, DOCUMENT_END, null, null, null, null, null, null,
                bibliographyElement.getSecondFieldAlign());
    }

    @Override
    protected String escape(String str) {
        StringBuilder sb = new StringBuilder(str.length() + 16);
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            switch (c) {
                case '\\', '{', '}' -> sb.append('\\').append(c);
                case Markers.ITALIC_OPEN -> sb.append("{\\i ");
                case Markers.BOLD_OPEN -> sb.append("{\\b ");
                case Markers.SUP_OPEN -> sb.append("{\\super ");
                case Markers.SUB_OPEN -> sb.append("{\\sub ");
                case Markers.SMALL_CAPS_OPEN -> sb.append("{\\scaps ");
                case Markers.ITALIC_CLOSE, Markers.BOLD_CLOSE, Markers.SUP_CLOSE, Markers.SUB_CLOSE,
                        Markers.SMALL_CAPS_CLOSE -> sb.append('}');
                case Markers.NOCASE_OPEN, Markers.NOCASE_CLOSE -> { }
                case '\n' -> sb.append("\\line ");
                case '\t' -> sb.append("\\tab ");
                default -> {
                    if (c < 0x80) {
                        sb.append(c);
                    } else {
                        // RTF wants signed 16-bit UTF-16 code units, each followed by an ASCII fallback
                        sb.append("\\u").append((int) (short) c).append('?');
                    }
                }
            }
        }
        return sb.toString();
    }

    @Override
    protected String openFontStyle(int fontStyle) {
        return fontStyle == FS_ITALIC || fontStyle == FS_OBLIQUE ? "{\\i " : "{\\i0 ";
    }

    @Override
    protected String closeFontStyle(int fontStyle) {
        return "}";
    }

    @Override
    protected String openFontVariant(int fontVariant) {
        return fontVariant == FV_SMALLCAPS ? "{\\scaps " : "{\\scaps0 ";
    }

    @Override
    protected String closeFontVariant(int fontVariant) {
        return "}";
    }

    @Override
    protected String openFontWeight(int fontWeight) {
        return fontWeight == FW_BOLD ? "{\\b " : "{\\b0 ";
    }

    @Override
    protected String closeFontWeight(int fontWeight) {
        return "}";
    }

    @Override
    protected String openTextDecoration(int textDecoration) {
        return textDecoration == TD_UNDERLINE ? "{\\ul " : "{\\ulnone ";
    }

    @Override
    protected String closeTextDecoration(int textDecoration) {
        return "}";
    }

    @Override
    protected String openVerticalAlign(int verticalAlign) {
        if (verticalAlign == VA_SUP) {
            return "{\\super ";
        }
        return verticalAlign == VA_SUB ? "{\\sub " : "{\\nosupersub ";
    }

    @Override
    protected String closeVerticalAlign(int verticalAlign) {
        return "}";
    }

    @Override
    protected String openDisplayGroup(DisplayGroupToken.Type type) {
        return type == DisplayGroupToken.Type.BLOCK ? "\\line " : null;
    }

    @Override
    protected String closeDisplayGroup(DisplayGroupToken.Type type) {
        return null;
    }
}
