package org.clinicite.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Disambiguation by added names, given names and {@code disambiguate="true"} conditions (CSL 1.0.2,
 * "Disambiguation", steps 1 to 3), which citeproc-java 3.5.2 does not do (it takes such conditions as always true).
 * Year-suffixes, step 4, are {@link YearSuffixes}.
 *
 * <p>Cites are ambiguous when their first citations render identically (citeproc-java renders them; only items
 * whose first names share a family name are rendered, so that a large bibliography does not pay for it). For
 * each set of ambiguous cites the first {@link Variant} that tells all of them apart is chosen, trying, as
 * citeproc-js does, the given names of the names already shown before one more name: (et-al-use-first, given
 * names), (use-first + 1), (use-first + 1, given names) … If none tells all apart, the one that tells most apart.
 * Every item of the set is then rendered with that variant: citeproc-java renders it with a copy of the style
 * whose {@code et-al-use-first} is the variant's (added names), or whose author names are not initialised (given
 * names as written in the data, "Delorme, V" next to "Delorme, Vincent", as citeproc-js writes an expanded given
 * name). A set that names cannot tell apart is rendered with the style's disambiguate conditions true (MLA then
 * adds the title, "(Wang, “Accurate de Novo …”)"); everywhere else they are false ({@link #conditionsFalse}).
 *
 * <p>citeproc-js keeps the added names in the bibliography when the bibliography shortens name lists as the
 * citation does (MLA, Harvard: same et-al-min and et-al-use-first); {@link Options#inBibliography()} says when.
 * Only the default givenname-disambiguation-rule "by-cite" is done; the global rules ("all-names",
 * "primary-name", with or without initials) expand names that are not in ambiguous cites and are left as
 * citeproc-java renders them (conformance/UPSTREAM.md).
 */
final class Disambiguation {
    private static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

    private Disambiguation() {
    }

    /**
     * What the style's {@code <citation>} asks for and how its citation and bibliography shorten name lists
     * ({@code et-al-min}, {@code et-al-use-first}, 0 when not set on the element or the style), whether it has
     * {@code disambiguate="true"} conditions, and whether the bibliography asks for {@code et-al-use-last}
     * ({@link EtAlUseLast}, which needs the same figures).
     */
    record Options(boolean addNames, boolean addGivenname, String givennameRule, int citeEtAlMin, int citeEtAlUseFirst,
            int bibEtAlMin, int bibEtAlUseFirst, boolean condition, boolean bibEtAlUseLast) {
        static final Options NONE = new Options(false, false, "by-cite", 0, 0, 0, 0, false, false);

        /** Given names are expanded only in ambiguous cites ("by-cite", the default rule). */
        boolean givennameByCite() {
            return addGivenname && "by-cite".equals(givennameRule);
        }

        /** Anything to do for in-text citations. */
        boolean inCitations() {
            return condition || citeEtAlMin > 0 && citeEtAlUseFirst > 0 && (addNames || givennameByCite());
        }

        /** Anything to do for the bibliography: only where it shortens names as the citation does. */
        boolean inBibliography() {
            return inCitations() && bibEtAlMin == citeEtAlMin && bibEtAlUseFirst == citeEtAlUseFirst;
        }
    }

    /**
     * How to render one item: with {@code names} names before "et al." (0: as the style says), if
     * {@code givenNames}, the given names as written instead of initialised, and if {@code condition}, with the
     * style's {@code disambiguate="true"} conditions true (step 3, for cites that names cannot tell apart).
     */
    record Variant(int names, boolean givenNames, boolean condition) {
    }

    /** Reads the options from a parsed style. */
    static Options options(Document doc) {
        Element citation = first(doc, "citation");
        Element style = doc.getDocumentElement();
        Element bibliography = first(doc, "bibliography");
        if (citation == null) {
            return Options.NONE;
        }
        String rule = citation.getAttribute("givenname-disambiguation-rule");
        return new Options("true".equals(citation.getAttribute("disambiguate-add-names")),
                "true".equals(citation.getAttribute("disambiguate-add-givenname")), rule.isEmpty() ? "by-cite" : rule,
                number(citation, style, "et-al-min"), number(citation, style, "et-al-use-first"),
                number(bibliography, style, "et-al-min"), number(bibliography, style, "et-al-use-first"),
                hasCondition(doc), "true".equals(bibliography != null && bibliography.hasAttribute("et-al-use-last")
                        ? bibliography.getAttribute("et-al-use-last") : style.getAttribute("et-al-use-last")));
    }

    /**
     * The variant of each item that needs one, for items in bibliography order.
     *
     * @param givenNames whether to expand given names (false when only added names carry into the output)
     * @param cites      renders the first citation of each of the given items, by item id
     */
    static Map<String, Variant> choose(List<CSLItemData> items, Options options, boolean givenNames,
            Function<List<CSLItemData>, Map<String, String>> cites) {
        Map<String, List<CSLItemData>> byFirstFamily = new LinkedHashMap<>();
        for (CSLItemData item : items) {
            CSLName[] names = names(item);
            if (names.length > 0) {
                byFirstFamily.computeIfAbsent(family(names[0]), k -> new ArrayList<>()).add(item);
            }
        }
        List<CSLItemData> candidates = new ArrayList<>();
        byFirstFamily.values().stream().filter(g -> g.size() > 1).forEach(candidates::addAll);
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<String, String> rendered = cites.apply(candidates);
        Map<String, List<CSLItemData>> ambiguous = new LinkedHashMap<>();
        for (CSLItemData item : candidates) {
            String cite = rendered.get(item.getId());
            if (cite != null && !cite.isBlank()) {
                ambiguous.computeIfAbsent(cite, k -> new ArrayList<>()).add(item);
            }
        }
        Map<String, Variant> out = new HashMap<>();
        for (List<CSLItemData> set : ambiguous.values()) {
            if (set.size() > 1) {
                Variant v = variant(set, options, givenNames);
                if (v != null) {
                    set.forEach(i -> out.put(i.getId(), v));
                }
            }
        }
        return out;
    }

    /**
     * The first variant that tells the set apart, else the first that tells most apart, with the style's
     * disambiguate conditions if it has any; null if nothing helps.
     */
    static Variant variant(List<CSLItemData> set, Options o, boolean givenNames) {
        Variant names = namesVariant(set, o, givenNames);
        if (o.condition() && (names == null || distinct(set, o, names) < set.size())) {
            return names == null ? new Variant(0, false, true) : new Variant(names.names(), names.givenNames(), true);
        }
        return names;
    }

    private static int distinct(List<CSLItemData> set, Options o, Variant v) {
        return distinct(set, o, v.names() == 0 ? o.citeEtAlUseFirst() : v.names(), v.givenNames());
    }

    private static Variant namesVariant(List<CSLItemData> set, Options o, boolean givenNames) {
        if (o.citeEtAlMin() <= 0 || o.citeEtAlUseFirst() <= 0) {
            return null;
        }
        int useFirst = o.citeEtAlUseFirst();
        int most = set.stream().mapToInt(i -> names(i).length).max().orElse(0);
        int last = o.addNames() ? Math.max(most, useFirst) : useFirst;
        boolean given = givenNames && o.givennameByCite();
        Variant best = null;
        int bestDistinct = distinct(set, o, useFirst, false);
        for (int n = useFirst; n <= last; n++) {
            for (boolean g : given ? new boolean[] {false, true} : new boolean[] {false}) {
                if (n == useFirst && !g) {
                    continue;
                }
                int d = distinct(set, o, n, g);
                if (d > bestDistinct) {
                    bestDistinct = d;
                    best = new Variant(n == useFirst ? 0 : n, g, false);
                }
                if (d == set.size()) {
                    return best;
                }
            }
        }
        return best;
    }

    private static int distinct(List<CSLItemData> set, Options o, int shown, boolean givenNames) {
        Set<String> keys = new HashSet<>();
        for (CSLItemData item : set) {
            keys.add(key(names(item), o, shown, givenNames));
        }
        return keys.size();
    }

    /** What a cite shows of the names with {@code shown} names before "et al." (the rest of the cite is equal). */
    static String key(CSLName[] names, Options o, int shown, boolean givenNames) {
        int visible = names.length >= o.citeEtAlMin() ? Math.min(shown, names.length) : names.length;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < visible; i++) {
            b.append(family(names[i]));
            if (givenNames) {
                b.append('|').append(Objects.toString(names[i].getGiven(), ""));
            }
            b.append(';');
        }
        return visible < names.length ? b.append("et al.").toString() : b.toString();
    }

    /** The names a cite shows: authors, else editors (the usual substitute). */
    private static CSLName[] names(CSLItemData item) {
        if (item.getAuthor() != null && item.getAuthor().length > 0) {
            return item.getAuthor();
        }
        return item.getEditor() != null ? item.getEditor() : new CSLName[0];
    }

    private static String family(CSLName n) {
        if (n.getLiteral() != null) {
            return n.getLiteral();
        }
        return Objects.toString(n.getNonDroppingParticle(), "") + " " + Objects.toString(n.getFamily(), "");
    }

    /**
     * The style with the variant applied, on the parsed original: {@code et-al-use-first} of the citation and
     * bibliography set to the variant's names; for given names, no {@code initialize-with} on the style, citation,
     * bibliography or the {@code <name>} of author names, and the short form of names in citations made long.
     */
    static void apply(Document doc, Variant v) {
        if (!v.condition()) {
            conditionsFalse(doc);
        }
        Element style = doc.getDocumentElement();
        Element citation = first(doc, "citation");
        Element bibliography = first(doc, "bibliography");
        if (v.names() > 0) {
            for (Element e : new Element[] {citation, bibliography}) {
                if (e != null) {
                    e.setAttribute("et-al-use-first", String.valueOf(v.names()));
                }
            }
        }
        if (v.givenNames()) {
            expandGivenNames(doc, style, citation, bibliography);
        }
    }

    /**
     * Author names (a {@code <names>} of author, or whose substitute starts with author, as MLA's "composer")
     * lose their {@code initialize-with} and short form; every other {@code <name>} keeps the initialize-with it
     * inherited from the style, so that editors are written as before.
     */
    private static void expandGivenNames(Document doc, Element style, Element citation, Element bibliography) {
        String inherited = style.hasAttribute("initialize-with") ? style.getAttribute("initialize-with")
                : bibliography != null && bibliography.hasAttribute("initialize-with")
                        ? bibliography.getAttribute("initialize-with") : null;
        for (Element e : new Element[] {style, citation, bibliography}) {
            if (e != null) {
                e.removeAttribute("initialize-with");
            }
        }
        NodeList names = doc.getElementsByTagNameNS(CSL_NS, "name");
        for (int i = 0; i < names.getLength(); i++) {
            Element name = (Element) names.item(i);
            if (!(name.getParentNode() instanceof Element p) || !"names".equals(p.getLocalName())) {
                continue; // a person in <info>
            }
            if (isAuthorNames(p)) {
                name.removeAttribute("initialize-with");
                if ("short".equals(name.getAttribute("form"))) {
                    name.removeAttribute("form");
                }
            } else if (inherited != null && !name.hasAttribute("initialize-with")) {
                name.setAttribute("initialize-with", inherited);
            }
        }
    }

    private static boolean isAuthorNames(Element names) {
        if (names.getAttribute("variable").contains("author")) {
            return true;
        }
        NodeList children = names.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c && "substitute".equals(c.getLocalName())) {
                NodeList subs = c.getElementsByTagNameNS(CSL_NS, "names");
                return subs.getLength() > 0 && ((Element) subs.item(0)).getAttribute("variable").contains("author");
            }
        }
        return false;
    }

    /** Whether the style has {@code disambiguate="true"} conditions (citeproc-java takes them as always true). */
    private static boolean hasCondition(Document doc) {
        for (String element : new String[] {"if", "else-if"}) {
            NodeList l = doc.getElementsByTagNameNS(CSL_NS, element);
            for (int i = 0; i < l.getLength(); i++) {
                if ("true".equals(((Element) l.item(i)).getAttribute("disambiguate"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Makes the style's {@code disambiguate="true"} conditions false, as they are for every cite that is not
     * ambiguous: citeproc-java 3.5.2 ignores the attribute and takes a condition with only it as true (MLA's
     * citations then always showed the title). Under match "all" (the default) the condition becomes one that
     * never holds (a type no item has); under "any" the attribute is dropped if other tests remain.
     */
    static void conditionsFalse(Document doc) {
        for (String element : new String[] {"if", "else-if"}) {
            NodeList l = doc.getElementsByTagNameNS(CSL_NS, element);
            for (int i = 0; i < l.getLength(); i++) {
                Element e = (Element) l.item(i);
                if (!"true".equals(e.getAttribute("disambiguate"))) {
                    continue;
                }
                e.removeAttribute("disambiguate");
                boolean others = e.hasAttribute("type") || e.hasAttribute("variable") || e.hasAttribute("is-numeric")
                        || e.hasAttribute("is-uncertain-date") || e.hasAttribute("locator") || e.hasAttribute("position");
                if (!others || !"any".equals(e.getAttribute("match"))) {
                    e.setAttribute("type", NEVER);
                    e.removeAttribute("match");
                }
            }
        }
    }

    private static final String NEVER = "clinicite-not-disambiguated";

    private static Element first(Document doc, String element) {
        NodeList l = doc.getElementsByTagNameNS(CSL_NS, element);
        return l.getLength() > 0 ? (Element) l.item(0) : null;
    }

    private static int number(Element e, Element style, String attribute) {
        String value = e != null && e.hasAttribute(attribute) ? e.getAttribute(attribute) : style.getAttribute(attribute);
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException bad) {
            return 0;
        }
    }
}
