package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;

/**
 * citeproc-java's HTML format with clinicite's {@link MarkedRegions} and field markup ({@link RichText}) as tags. It
 * has to extend citeproc-java's HtmlFormat, so it cannot share {@link MarkedTextFormat}; it wires the regions in the
 * same two places.
 */
final class MarkedHtmlFormat extends HtmlFormat implements MarkingFormat {
    private final MarkedRegions regions = new MarkedRegions(true);

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
        return regions.entry(index, () -> super.formatBibliographyEntry(ctx, index));
    }

    @Override
    protected String escape(String str) {
        String escaped = super.escape(str);
        if (escaped.chars().noneMatch(c -> Markers.isMarkupMarker((char) c))) {
            return escaped;
        }
        StringBuilder b = new StringBuilder(escaped.length() + 16);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            b.append(Markers.isMarkupMarker(c) ? tag(c) : String.valueOf(c));
        }
        return b.toString();
    }

    private static String tag(char marker) {
        return switch (marker) {
            case Markers.ITALIC_OPEN -> "<i>";
            case Markers.ITALIC_CLOSE -> "</i>";
            case Markers.BOLD_OPEN -> "<b>";
            case Markers.BOLD_CLOSE -> "</b>";
            case Markers.SUP_OPEN -> "<sup>";
            case Markers.SUP_CLOSE -> "</sup>";
            case Markers.SUB_OPEN -> "<sub>";
            case Markers.SUB_CLOSE -> "</sub>";
            case Markers.SMALL_CAPS_OPEN -> "<span style=\"font-variant:small-caps;\">";
            case Markers.SMALL_CAPS_CLOSE -> "</span>";
            default -> "";
        };
    }
}
