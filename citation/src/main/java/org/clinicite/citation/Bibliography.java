package org.clinicite.citation;

import java.util.List;

/**
 * A rendered bibliography.
 *
 * @param style   id of the requested style (a dependent style's own id)
 * @param locale  the locale used, e.g. "en-US"
 * @param format  the output format
 * @param entries the entries in the order the style sorts them
 * @param text    the whole bibliography as one text: entries one per line (TEXT), wrapped in
 *                {@code <div class="csl-bib-body">} (HTML), or a complete {@code {\rtf1 …}} document (RTF)
 * @param issues  items that were left out (skipped) or repaired, in input order
 */
public record Bibliography(String style, String locale, OutputFormat format, List<Entry> entries, String text,
        List<ItemIssue> issues) {

    /**
     * One entry.
     *
     * @param index position of the item in the input list
     * @param id    the item's own id, or null if it had none
     * @param text  the rendered entry without trailing whitespace
     */
    public record Entry(int index, String id, String text) {
    }

    public Bibliography {
        entries = List.copyOf(entries);
        issues = List.copyOf(issues);
    }

    /** The entry texts, in bibliography order. */
    public List<String> entryTexts() {
        return entries.stream().map(Entry::text).toList();
    }

    /** The issues of items that were left out. */
    public List<ItemIssue> errors() {
        return issues.stream().filter(ItemIssue::skipped).toList();
    }
}
