package org.clinicite.importer.pubmed;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader used as a recursive-descent cursor: {@link #nextChild()} walks the child
 * elements of the current element, {@link #text()} reads an element's mixed content as
 * plain text (inline markup such as {@code <i>}, {@code <sup>} or MathML flattened), and
 * {@link #skip()} passes over an element nobody needs.
 */
final class XmlCursor {
    private final XMLStreamReader reader;

    XmlCursor(XMLStreamReader reader) {
        this.reader = reader;
    }

    /**
     * Moves to the next child element of the element the cursor is in; false when that
     * element ends (the cursor is then on its end tag). Call it on a start tag to enter
     * the element, or after a child has been read with {@link #text()}, {@link #skip()}
     * or a loop of its own.
     */
    boolean nextChild() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** The local name of the current element. */
    String name() {
        return reader.getLocalName();
    }

    /** An attribute of the current start tag, or null. */
    String attr(String name) {
        return reader.getAttributeValue(null, name);
    }

    /** The line of the current event (1-based). */
    int line() {
        return reader.getLocation().getLineNumber();
    }

    /**
     * The text of the current element and all its descendants, whitespace runs folded to
     * one space and stripped; the cursor ends on the element's end tag.
     */
    String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        toEnd(sb);
        return collapse(sb);
    }

    /** Passes over the current element and its descendants; the cursor ends on its end tag. */
    void skip() throws XMLStreamException {
        toEnd(null);
    }

    /** Reads to the current element's end tag, collecting its character data when {@code text} is given. */
    private void toEnd(StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (text != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            }
        }
    }

    /** Every run of whitespace one space, no leading or trailing space. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(s, start, i);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
