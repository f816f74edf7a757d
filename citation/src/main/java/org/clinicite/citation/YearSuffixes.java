package org.clinicite.citation;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Year-suffixes ("2017a", "2017b") for styles with {@code disambiguate-add-year-suffix}, which citeproc-java 3.5.2
 * never assigns. Narrowed to the case where the suffix is the only way to tell citations apart: items with the
 * same names (all of them, given names included; authors, or editors when there are no authors) and the same
 * year. Adding names or given names cannot separate those, so citeproc-js gives them suffixes too, in
 * bibliography order. Items whose names differ are left alone (see conformance/UPSTREAM.md).
 */
final class YearSuffixes {
    private YearSuffixes() {
    }

    /** Suffix by item id, for items in bibliography order. */
    static Map<String, String> assign(Collection<CSLItemData> sorted) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (CSLItemData item : sorted) {
            String key = key(item);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item.getId());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (List<String> ids : groups.values()) {
            for (int i = 0; ids.size() > 1 && i < ids.size(); i++) {
                out.put(ids.get(i), letters(i));
            }
        }
        return out;
    }

    /** a … z, aa, ab … as citeproc-js counts. */
    static String letters(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            b.insert(0, (char) ('a' + n % 26));
            n /= 26;
        }
        return b.toString();
    }

    private static String key(CSLItemData item) {
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        if (names == null || names.length == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (CSLName n : names) {
            b.append(n.getFamily()).append('|').append(n.getGiven()).append('|').append(n.getLiteral()).append('|')
                    .append(n.getNonDroppingParticle()).append('|').append(n.getDroppingParticle()).append('|')
                    .append(n.getSuffix()).append(';');
        }
        return b.append('#').append(year(item.getIssued())).toString();
    }

    private static String year(CSLDate d) {
        if (d == null) {
            return "";
        }
        if (d.getDateParts() != null && d.getDateParts().length > 0 && d.getDateParts()[0].length > 0) {
            return String.valueOf(d.getDateParts()[0][0]);
        }
        return d.getLiteral() != null ? d.getLiteral() : String.valueOf(d.getRaw());
    }
}
