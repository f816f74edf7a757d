package org.clinicite.citation;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Rewrites a CSL style before citeproc-java 3.5.2 builds it, for three style attributes it ignores or renders
 * unlike citeproc-js (the reference processor):
 * <ul>
 *   <li>{@code strip-periods="true"} on {@code <text>}: ignored (AMA's and NLM's abbreviated journal titles kept
 *       their periods). The attribute becomes {@link Markers#STRIP_OPEN}/{@link Markers#STRIP_CLOSE} affixes that
 *       {@link MarkedRegions} applies.</li>
 *   <li>{@code text-case="title"} on {@code <text variable>}: citeproc-java's title case lowercases capitals
 *       ("JACS" → "Jacs"); it becomes {@link Markers#TITLE_OPEN}/{@link Markers#TITLE_CLOSE} affixes and
 *       {@link TitleCase} does it as citeproc-js does.</li>
 *   <li>{@code delimiter} on a {@code <date>} that is not localized: ignored ("2017Jul" in NLM reports). When the
 *       first date part is the year, which every rendered date has, the delimiter becomes the prefix of the
 *       following parts, which is the same output.</li>
 * </ul>
 * {@code text-case="capitalize-first"} on {@code <text variable>} is marked the same way (citeproc-java capitalises
 * "arXiv"). With a bibliography {@code subsequent-author-substitute}, every {@code <names>} is marked so that
 * {@link MarkedRegions} can replace repeated names. The result also says what {@link CslEngine} does to the items
 * for the style: initials of hyphenated given names, year-suffixes and the range delimiter of volume and issue.
 * Page texts and the labels of volume and issue are marked too ({@link NumberRanges#page}, plural labels in
 * {@link MarkedRegions}), and {@code disambiguate="true"} conditions are made false
 * ({@link Disambiguation#conditionsFalse}); {@link #rewrite(String, String, Disambiguation.Variant)} gives the copy of
 * the style a disambiguation variant is rendered with.
 * Finally, the bibliography's {@code <sort>} is taken out: {@link BibliographySorter} sorts instead, much faster.
 */
final class StyleRewriter {
    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

    /**
     * The XML to give citeproc-java, and what clinicite itself does for the style.
     *
     * @param joinHyphenatedInitials     initialise hyphenated given names without hyphen ({@link HyphenatedInitials})
     * @param subsequentAuthorSubstitute the bibliography's subsequent-author-substitute (rule complete-all), or null
     * @param yearSuffix                 the citation asks for disambiguate-add-year-suffix ({@link YearSuffixes})
     * @param pageRangeDelimiter         the style's own page-range-delimiter term, or null if it has none
     * @param bibliographySort           the bibliography's {@code <sort>}, taken out of {@code xml}; null if none
     *                                   ({@link BibliographySorter} sorts)
     * @param sortKeyStyle               the style to render sort keys with ({@link SortKeyStyle}), or null
     * @param disambiguation             the citation's disambiguation options ({@link Disambiguation})
     */
    record Rewritten(String xml, boolean joinHyphenatedInitials, String subsequentAuthorSubstitute,
            boolean yearSuffix, String pageRangeDelimiter, Element bibliographySort, Document sortKeyStyle,
            Disambiguation.Options disambiguation) {
    }

    private StyleRewriter() {
    }

    /** @param lang the engine's locale, e.g. "en-US" (a style's own terms can be per language) */
    static Rewritten rewrite(String xml, String lang) {
        return rewrite(xml, lang, null);
    }

    /**
     * As {@link #rewrite(String, String)}, for a copy of the style that renders items of an ambiguous cite
     * ({@link Disambiguation#apply}); null for the style as it is.
     */
    static Rewritten rewrite(String xml, String lang, Disambiguation.Variant variant) {
        Document doc = parse(xml);
        Disambiguation.Options disambiguation = Disambiguation.options(doc);
        if (variant != null) {
            Disambiguation.apply(doc, variant);
        } else {
            Disambiguation.conditionsFalse(doc);
        }
        String substitute = subsequentAuthorSubstitute(doc);
        NodeList all = doc.getElementsByTagNameNS(CSL_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("text".equals(e.getLocalName())) {
                markText(e);
                markRange(e);
            } else if ("number".equals(e.getLocalName())) {
                markRange(e);
            } else if ("label".equals(e.getLocalName()) && "volume".equals(e.getAttribute("variable"))) {
                wrap(e, Markers.LABEL_VOLUME_OPEN, Markers.LABEL_VOLUME_CLOSE);
            } else if ("label".equals(e.getLocalName()) && "issue".equals(e.getAttribute("variable"))) {
                wrap(e, Markers.LABEL_ISSUE_OPEN, Markers.LABEL_ISSUE_CLOSE);
            } else if ("date".equals(e.getLocalName())) {
                dateDelimiterToPrefixes(e);
            } else if ("names".equals(e.getLocalName()) && substitute != null) {
                wrap(e, Markers.NAMES_OPEN, Markers.NAMES_CLOSE);
            }
        }
        boolean yearSuffix = "true".equals(attribute(doc, "citation", "disambiguate-add-year-suffix"));
        Element sort = takeBibliographySort(doc);
        Document sortKeyStyle = sort == null ? null : SortKeyStyle.of(doc);
        return new Rewritten(serialize(doc), joinsHyphenatedInitials(doc), substitute, yearSuffix,
                pageRangeDelimiter(doc, lang), sort, sortKeyStyle, disambiguation);
    }

    private static Element takeBibliographySort(Document doc) {
        NodeList bibliography = doc.getElementsByTagNameNS(CSL_NS, "bibliography");
        if (bibliography.getLength() == 0) {
            return null;
        }
        NodeList children = bibliography.item(0).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && "sort".equals(e.getLocalName())) {
                return (Element) bibliography.item(0).removeChild(e);
            }
        }
        return null;
    }

    /** citeproc-java ignores subsequent-author-substitute; only the default rule, complete-all, is done here. */
    private static String subsequentAuthorSubstitute(Document doc) {
        String rule = attribute(doc, "bibliography", "subsequent-author-substitute-rule");
        if (rule != null && !rule.isEmpty() && !"complete-all".equals(rule)) {
            return null;
        }
        return attribute(doc, "bibliography", "subsequent-author-substitute");
    }

    /**
     * The page-range-delimiter term of the style's own locale sections, as citeproc-js reads them: a section for
     * the exact locale overrides one for its language, which overrides one without language.
     */
    private static String pageRangeDelimiter(Document doc, String lang) {
        String language = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        String found = null;
        int rank = -1;
        NodeList terms = doc.getElementsByTagNameNS(CSL_NS, "term");
        for (int i = 0; i < terms.getLength(); i++) {
            Element t = (Element) terms.item(i);
            Node locale = t.getParentNode().getParentNode();
            if (!"page-range-delimiter".equals(t.getAttribute("name")) || !(locale instanceof Element l)
                    || !"locale".equals(l.getLocalName())) {
                continue;
            }
            String of = l.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            int r = of.isEmpty() ? 0 : of.equalsIgnoreCase(language) ? 1 : of.equalsIgnoreCase(lang) ? 2 : -1;
            if (r > rank) {
                rank = r;
                found = t.getTextContent();
            }
        }
        return found;
    }

    private static String attribute(Document doc, String element, String attribute) {
        NodeList l = doc.getElementsByTagNameNS(CSL_NS, element);
        Element e = l.getLength() > 0 ? (Element) l.item(0) : null;
        return e != null && e.hasAttribute(attribute) ? e.getAttribute(attribute) : null;
    }

    private static void markText(Element e) {
        if ("true".equals(e.getAttribute("strip-periods"))) {
            e.removeAttribute("strip-periods");
            wrap(e, Markers.STRIP_OPEN, Markers.STRIP_CLOSE);
        }
        if ("title".equals(e.getAttribute("text-case")) && e.hasAttribute("variable")) {
            e.removeAttribute("text-case");
            wrap(e, Markers.TITLE_OPEN, Markers.TITLE_CLOSE);
        } else if ("capitalize-first".equals(e.getAttribute("text-case")) && e.hasAttribute("variable")) {
            e.removeAttribute("text-case");
            wrap(e, Markers.CAPITALIZE_FIRST_OPEN, Markers.CAPITALIZE_FIRST_CLOSE);
        }
    }

    private static void markRange(Element e) {
        if (NumberRanges.VARIABLES.contains(e.getAttribute("variable"))) {
            wrap(e, Markers.RANGE_OPEN, Markers.RANGE_CLOSE);
        } else if ("page".equals(e.getAttribute("variable")) && "text".equals(e.getLocalName())) {
            wrap(e, Markers.PAGE_OPEN, Markers.PAGE_CLOSE);
        }
    }

    /** Markers inside the element's own affixes, so that only what the element renders is between them. */
    private static void wrap(Element e, char open, char close) {
        e.setAttribute("prefix", e.getAttribute("prefix") + open);
        e.setAttribute("suffix", close + e.getAttribute("suffix"));
    }

    private static void dateDelimiterToPrefixes(Element date) {
        if (date.hasAttribute("form") || !date.hasAttribute("delimiter")) {
            return;
        }
        String delimiter = date.getAttribute("delimiter");
        NodeList parts = date.getElementsByTagNameNS(CSL_NS, "date-part");
        if (parts.getLength() < 2 || !"year".equals(((Element) parts.item(0)).getAttribute("name"))) {
            return;
        }
        for (int i = 1; i < parts.getLength(); i++) {
            Element part = (Element) parts.item(i);
            part.setAttribute("prefix", delimiter + part.getAttribute("prefix"));
        }
        date.removeAttribute("delimiter");
    }

    /**
     * True if the style sets {@code initialize-with-hyphen="false"} and every name it renders is initialised
     * (an {@code initialize-with} on the name or inherited, and no {@code initialize="false"}), so that joining
     * the parts of hyphenated given names changes only their initials.
     */
    private static boolean joinsHyphenatedInitials(Document doc) {
        Element style = doc.getDocumentElement();
        if (!"false".equals(inherited(doc, "initialize-with-hyphen"))) {
            return false;
        }
        boolean inheritedInitials = style.hasAttribute("initialize-with") || (hasOn(doc, "citation", "initialize-with")
                && hasOn(doc, "bibliography", "initialize-with"));
        NodeList names = doc.getElementsByTagNameNS(CSL_NS, "name");
        for (int i = 0; i < names.getLength(); i++) {
            Element n = (Element) names.item(i);
            if (!n.getTextContent().isBlank()) {
                continue; // a person named in <info>, not a name element of the layout
            }
            if ("false".equals(n.getAttribute("initialize"))) {
                return false;
            }
            if (!n.hasAttribute("initialize-with") && !inheritedInitials && !"short".equals(n.getAttribute("form"))) {
                return false;
            }
        }
        return true;
    }

    private static String inherited(Document doc, String attribute) {
        for (String element : new String[] {"style", "citation", "bibliography"}) {
            NodeList l = doc.getElementsByTagNameNS(CSL_NS, element);
            if (l.getLength() > 0 && ((Element) l.item(0)).hasAttribute(attribute)) {
                return ((Element) l.item(0)).getAttribute(attribute);
            }
        }
        return null;
    }

    private static boolean hasOn(Document doc, String element, String attribute) {
        return attribute(doc, element, attribute) != null;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CitationException("Cannot read the CSL style XML: " + e.getMessage(), e);
        }
    }

    private static String serialize(Node doc) {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            StringWriter out = new StringWriter();
            f.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the rewritten CSL style", e);
        }
    }
}
