package org.clinicite.citation;

/**
 * A style ready for citeproc-java: the independent CSL XML to render with, plus what the user asked for.
 *
 * @param info         the requested style (a dependent style keeps its own id and title here)
 * @param renderedWith the independent style whose XML is used (same as {@code info} if independent)
 * @param xml          CSL XML text of {@code renderedWith}
 * @param cacheKey     identifies the XML: {@code bundled:ID} or {@code file:SHA-256}
 */
public record ResolvedStyle(StyleInfo info, StyleInfo renderedWith, String xml, String cacheKey) {

    /** The locale the style asks for when the caller names none: the dependent's, then the parent's, then en-US. */
    public String defaultLocale() {
        if (info.defaultLocale() != null) {
            return info.defaultLocale();
        }
        return renderedWith.defaultLocale() != null ? renderedWith.defaultLocale() : CitationFormatter.DEFAULT_LOCALE;
    }

    /** False for styles that only define in-text citations (citeproc-java refuses to make their bibliography). */
    public boolean hasBibliography() {
        return xml.contains("<bibliography");
    }
}
