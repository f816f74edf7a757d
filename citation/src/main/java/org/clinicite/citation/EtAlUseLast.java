package org.clinicite.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.List;

/**
 * {@code et-al-use-last} in the bibliography (APA 7: 19 authors, an ellipsis and the last author), which
 * citeproc-java 3.5.2 ignores ("…, Xu, J., et al."). An item with at least et-al-min authors, and two more than
 * et-al-use-first, is given to citeproc-java with its first et-al-use-first authors and its last one, whose family
 * name is marked ({@link Markers#LAST_NAME_OPEN}); citeproc-java then lists all of them, and
 * {@link MarkedRegions} writes the ellipsis in place of the "and" before the last name, as citeproc-js does:
 * "…, Xu, J., … Greene, C. S.". Done after sorting, so that sort keys see the real names.
 */
final class EtAlUseLast {
    private EtAlUseLast() {
    }

    static List<CSLItemData> apply(List<CSLItemData> sorted, int min, int useFirst) {
        if (min <= 0 || useFirst <= 0 || useFirst + 2 > min) {
            return sorted;
        }
        return sorted.stream().map(i -> shorten(i, min, useFirst)).toList();
    }

    private static CSLItemData shorten(CSLItemData item, int min, int useFirst) {
        CSLName[] authors = item.getAuthor();
        if (authors == null || authors.length < min || authors.length < useFirst + 2) {
            return item;
        }
        CSLName last = authors[authors.length - 1];
        if (last.getFamily() == null || last.getFamily().isEmpty()) {
            return item;
        }
        CSLName[] kept = new CSLName[useFirst + 1];
        System.arraycopy(authors, 0, kept, 0, useFirst);
        kept[useFirst] = new CSLNameBuilder(last)
                .family(Markers.LAST_NAME_OPEN + last.getFamily() + Markers.LAST_NAME_CLOSE).build();
        return new CSLItemDataBuilder(item).author(kept).build();
    }
}
