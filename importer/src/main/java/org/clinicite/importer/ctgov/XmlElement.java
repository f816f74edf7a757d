package org.clinicite.importer.ctgov;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree of one {@code <clinical_study>}, read from a StAX stream: just
 * enough (names, attributes, text, children) to pick fields by path. One study is a few
 * dozen kilobytes; the file around it is never held.
 */
final class XmlElement {
    private final String name;
    private final Map<String, String> attributes = new TreeMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    private XmlElement(String name) {
        this.name = name;
    }

    /**
     * Reads the element the reader is positioned on (a START_ELEMENT), up to its end tag.
     * Iterative, so deep nesting cannot overflow the stack.
     */
    static XmlElement read(XMLStreamReader r) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = start(r);
        open.push(root);
        while (!open.isEmpty()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                XmlElement child = start(r);
                open.peek().children.add(child);
                open.push(child);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                open.peek().text.append(r.getText());
            }
        }
        return root;
    }

    private static XmlElement start(XMLStreamReader r) {
        XmlElement e = new XmlElement(r.getLocalName());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            e.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return e;
    }

    String name() {
        return name;
    }

    /** The attribute's value, stripped; null when absent or blank. */
    String attribute(String attr) {
        return blankToNull(attributes.get(attr));
    }

    /** The element's own text, stripped; null when blank. */
    String text() {
        return blankToNull(text.toString());
    }

    /** The text of the first element at the slash-separated path ("id_info/nct_id"), or null. */
    String text(String path) {
        List<XmlElement> found = all(path);
        return found.isEmpty() ? null : found.get(0).text();
    }

    /** The texts of every element at the path, blanks dropped. */
    List<String> texts(String path) {
        List<String> out = new ArrayList<>();
        for (XmlElement e : all(path)) {
            if (e.text() != null) {
                out.add(e.text());
            }
        }
        return out;
    }

    /** The first element at the path, or null. */
    XmlElement first(String path) {
        List<XmlElement> found = all(path);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every element at the slash-separated path, in document order. */
    List<XmlElement> all(String path) {
        List<XmlElement> level = List.of(this);
        for (String step : path.split("/")) {
            List<XmlElement> next = new ArrayList<>();
            for (XmlElement e : level) {
                for (XmlElement c : e.children) {
                    if (c.name.equals(step)) {
                        next.add(c);
                    }
                }
            }
            level = next;
        }
        return level;
    }

    /**
     * A canonical text of the element for fingerprints: names, sorted attributes and
     * whitespace-collapsed text, without the children named in {@code skip}.
     */
    void canonical(StringBuilder out, String... skip) {
        out.append('<').append(name);
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        String t = text();
        if (t != null) {
            out.append(t.replaceAll("\\s+", " "));
        }
        for (XmlElement c : children) {
            if (!List.of(skip).contains(c.name)) {
                c.canonical(out);
            }
        }
        out.append("</").append(name).append('>');
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
