package org.clinicite.citation;

import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A copy of the style to render bibliography sort keys with, so that they come out as citeproc-js builds them:
 * names inverted ("Côtes K., Dhouib R."), without "and", and shortened by the bibliography's et-al options
 * ({@link BibliographySorter} leaves out the "et al." term). citeproc-java 3.5.2 renders a macro key like display
 * text outside the bibliography, so with all names in display order ("Côtes K., R. Dhouib, and …"): items then sort
 * by the second author's given name.
 */
final class SortKeyStyle {
    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";
    /** Name options a bibliography passes down to its names (CSL 1.0.2, inheritable name options). */
    private static final List<String> NAME_OPTIONS = List.of("and", "delimiter-precedes-et-al",
            "delimiter-precedes-last", "et-al-min", "et-al-use-first", "et-al-use-last", "et-al-subsequent-min",
            "et-al-subsequent-use-first", "initialize", "initialize-with", "name-as-sort-order", "sort-separator",
            "name-form", "name-delimiter", "names-delimiter");

    private SortKeyStyle() {
    }

    static Document of(Document style) {
        Document copy = (Document) style.cloneNode(true);
        Element root = copy.getDocumentElement();
        NodeList bibliography = copy.getElementsByTagNameNS(CSL_NS, "bibliography");
        if (bibliography.getLength() > 0) {
            Element b = (Element) bibliography.item(0);
            for (String option : NAME_OPTIONS) {
                if (b.hasAttribute(option)) {
                    root.setAttribute(option, b.getAttribute(option));
                }
            }
        }
        root.removeAttribute("and");
        NodeList names = copy.getElementsByTagNameNS(CSL_NS, "name");
        for (int i = 0; i < names.getLength(); i++) {
            Element n = (Element) names.item(i);
            if (n.getTextContent().isBlank()) {
                n.setAttribute("name-as-sort-order", "all");
                n.removeAttribute("and");
            }
        }
        NodeList etAl = copy.getElementsByTagNameNS(CSL_NS, "et-al");
        for (int i = etAl.getLength() - 1; i >= 0; i--) {
            etAl.item(i).getParentNode().removeChild(etAl.item(i));
        }
        return copy;
    }
}
