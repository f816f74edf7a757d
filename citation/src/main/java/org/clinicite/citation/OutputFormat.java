package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.format.Format;
import java.util.Locale;

/** Output formats of {@link CitationFormatter}. */
public enum OutputFormat {
    /** Plain text: no markup, so italics are lost. */
    TEXT,
    /** HTML fragments as citeproc-java writes them ({@code <div class="csl-entry">}, escaped text). */
    HTML,
    /** Rich Text Format; the full bibliography text is a complete RTF document. */
    RTF;

    /** A new citeproc-java output format for this value. */
    Format newFormat() {
        return switch (this) {
            case TEXT -> new PlainTextFormat();
            case HTML -> new MarkedHtmlFormat();
            case RTF -> new RtfFormat();
        };
    }

    /** Parses "text", "txt", "html", "rtf" in any case; throws {@link CitationException} otherwise. */
    public static OutputFormat parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "text", "txt", "plain" -> TEXT;
            case "html" -> HTML;
            case "rtf" -> RTF;
            default -> throw new CitationException("Unknown output format '" + name + "': use text, html or rtf.");
        };
    }
}
