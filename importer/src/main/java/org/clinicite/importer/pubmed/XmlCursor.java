package org.clinicite.importer.pubmed;

import java.util.Arrays;
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
    /** The text being read by {@link #text()}, whitespace already folded; reused from element to element. */
    private char[] buffer = new char[1024];
    private int length;
    /** Whitespace was read after some text and not yet written. */
    private boolean pendingSpace;

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
     * one space and stripped; the cursor ends on the element's end tag. The folding is done
     * while the character data is read, into one reused buffer, so the text is copied once
     * into its string.
     */
    String text() throws XMLStreamException {
        length = 0;
        pendingSpace = false;
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                appendCollapsed(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            }
        }
        return length == 0 ? "" : new String(buffer, 0, length);
    }

    /**
     * Appends character data to the buffer with its whitespace runs folded: a run becomes one
     * space before the next non-space character, none at the start (and, as the run is only
     * written before what follows it, none at the end).
     */
    private void appendCollapsed(char[] chars, int start, int count) {
        int end = start + count;
        int i = start;
        while (i < end) {
            while (i < end && isSpace(chars[i])) {
                pendingSpace = length > 0;
                i++;
            }
            int wordStart = i;
            while (i < end && !isSpace(chars[i])) {
                i++;
            }
            int n = i - wordStart;
            if (n > 0) {
                ensure(n + 1);
                if (pendingSpace) {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }
                System.arraycopy(chars, wordStart, buffer, length, n);
                length += n;
            }
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    /** Passes over the current element and its descendants; the cursor ends on its end tag. */
    void skip() throws XMLStreamException {
        toEnd();
    }

    /** Reads to the current element's end tag. */
    private void toEnd() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, without the calls for ASCII. */
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
