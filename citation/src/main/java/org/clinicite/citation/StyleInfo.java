package org.clinicite.citation;

/**
 * One CSL style as listed in the catalog.
 *
 * @param id            short id, the file name without {@code .csl} (e.g. {@code jama})
 * @param title         the style's {@code <title>}
 * @param dependent     true for a dependent style, which only points at a parent
 * @param parentId      the independent parent's short id, or null for an independent style
 * @param defaultLocale the style's {@code default-locale}, or null if it names none
 */
public record StyleInfo(String id, String title, boolean dependent, String parentId, String defaultLocale) {
}
