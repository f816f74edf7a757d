package org.clinicite.citation;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Sorts items as the style's bibliography {@code <sort>} asks: keys rendered by citeproc-java's own {@link SKey},
 * with a copy of the style that renders names as citeproc-js does in keys ({@link SortKeyStyle}), each item's keys
 * rendered once, and compared as citeproc-js compares them ({@link SortKeyComparator}).
 *
 * <p>citeproc-java 3.5.2 renders the keys of both items on every comparison while it registers items one by one,
 * and renumbers all later items after each insertion: quadratic, about 10 s for 1,000 items. {@link StyleRewriter} takes the {@code <sort>} out of the style citeproc-java
 * builds, so registering the items in this order only appends them.
 *
 * <p>Reads the merged locale from the built {@link CSL} (a private field of citeproc-java 3.5.2, re-check when
 * upgrading), so that terms and dates in keys render as in the entries.
 */
final class BibliographySorter {
    private final SStyle style;
    private final LLocale locale;
    private final AbbreviationProvider abbreviations;
    private final List<SKey> keys = new ArrayList<>();
    private final SortKeyComparator keyComparator;

    /**
     * @param csl          the built processor, for its locale
     * @param sort         the bibliography's {@code <sort>} element
     * @param keyStyle     the style to render keys with ({@link SortKeyStyle})
     */
    BibliographySorter(CSL csl, Element sort, Document keyStyle, AbbreviationProvider abbreviations) {
        this.style = new SStyle(keyStyle);
        this.locale = (LLocale) field(csl, "locale");
        this.abbreviations = abbreviations;
        this.keyComparator = new SortKeyComparator(locale.getLang());
        NodeList children = sort.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element e && "key".equals(e.getLocalName())) {
                keys.add(new SKey(e));
            }
        }
    }

    /** One item with its rendered keys; a null key is the citation number (the item's position in the input). */
    private record Keyed(CSLItemData item, int index, String[] keys) {
    }

    /** The items in bibliography order; items that compare equal keep their input order. */
    List<CSLItemData> sort(List<CSLItemData> items) {
        List<Keyed> keyed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            keyed.add(new Keyed(items.get(i), i, render(items.get(i))));
        }
        keyed.sort(comparator());
        return keyed.stream().map(Keyed::item).toList();
    }

    private String[] render(CSLItemData item) {
        String[] out = new String[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            RenderContext ctx = new RenderContext(style, locale, item, abbreviations);
            CollectingVariableListener listener = new CollectingVariableListener();
            ctx.addVariableListener(listener);
            keys.get(k).render(ctx);
            ctx.removeVariableListener(listener);
            out[k] = listener.getCalled().contains("citation-number") ? null
                    : SortKeyComparator.normalize(withoutEtAl(ctx.getResult().toString(), ctx));
        }
        return out;
    }

    /** citeproc-js leaves "et al." and "and others" out of sort keys. */
    private static String withoutEtAl(String key, RenderContext ctx) {
        String out = key;
        for (String term : new String[] {"et-al", "and others"}) {
            String t = ctx.getTerm(term);
            if (t != null && !t.isEmpty()) {
                out = out.replace(t, "");
            }
        }
        return out;
    }

    /** As citeproc-java's SortComparator (empty keys last, the key's direction), keys compared as citeproc-js does. */
    private Comparator<Keyed> comparator() {
        return (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                int direction = keys.get(k).getSort();
                String x = a.keys()[k];
                String y = b.keys()[k];
                int c;
                if (x == null || y == null) {
                    c = Integer.compare(a.index(), b.index()) * direction;
                } else if (x.isEmpty() != y.isEmpty()) {
                    c = x.isEmpty() ? 1 : -1;
                } else {
                    c = keyComparator.compare(x, y) * direction;
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static Object field(CSL csl, String name) {
        try {
            Field f = CSL.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(csl);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("citeproc-java has changed: cannot read CSL." + name
                    + " to sort bibliographies (see BibliographySorter)", e);
        }
    }
}
