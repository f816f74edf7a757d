package org.clinicite.importer.bibtex;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts BibTeX text into top-level entries, line by line, so that one entry at a time is
 * in memory and one bad entry does not take the rest of the file with it. Counts braces
 * (a backslash escapes the next character, as jbibtex reads it); an {@code @type(...)}
 * entry ends at the parenthesis that closes it outside braces and quotes. A line that
 * starts with <code>@type&#123;</code> while an entry is still open means that entry lacks its
 * closing brace. Text outside entries is a comment, as in BibTeX.
 */
final class BibtexScanner {
    private static final Pattern ENTRY_START = Pattern.compile("@\\s*([A-Za-z][\\w:.-]*)\\s*([{(])");
    private static final Pattern LINE_START_ENTRY = Pattern.compile("\\s*@\\s*[A-Za-z][\\w:.-]*\\s*[{(].*");

    /** Where the scanner delivers entries. */
    interface Listener {
        void chunk(BibtexChunk chunk);

        void unterminated(BibtexChunk partial, String reason);
    }

    private final Listener listener;
    private int lineNo;
    private StringBuilder text;
    private String type;
    private int startLine;
    private boolean parenthesised;
    private int depth;
    private boolean inQuote;

    BibtexScanner(Listener listener) {
        this.listener = listener;
    }

    void read(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            scanLine(line);
        }
        if (text != null) {
            unterminated("the file ends at line " + lineNo + " inside it");
        }
    }

    private void scanLine(String line) {
        if (text != null && !type.equals("comment") && LINE_START_ENTRY.matcher(line).matches()) {
            unterminated("a new entry starts at line " + lineNo);
        }
        int pos = 0;
        while (pos <= line.length()) {
            if (text == null) {
                Matcher m = ENTRY_START.matcher(line);
                if (!m.find(pos)) {
                    return;
                }
                start(m);
                pos = m.end();
            } else {
                int end = scanBody(line, pos);
                if (end < 0) {
                    text.append(line, pos, line.length()).append('\n');
                    return;
                }
                text.append(line, pos, end - 1).append('}');
                emit();
                pos = end;
            }
        }
    }

    private void start(Matcher m) {
        type = BibtexChunk.normaliseType(m.group(1));
        parenthesised = m.group(2).equals("(");
        depth = parenthesised ? 0 : 1;
        inQuote = false;
        startLine = lineNo;
        text = new StringBuilder("@").append(m.group(1)).append('{');
    }

    /** The index after the character that closes the entry, or -1 when it stays open past this line. */
    private int scanBody(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (!parenthesised && depth == 0) {
                    return i + 1;
                }
            } else if (parenthesised && depth == 0 && c == '"') {
                inQuote = !inQuote;
            } else if (parenthesised && depth == 0 && !inQuote && c == ')') {
                return i + 1;
            }
        }
        return -1;
    }

    private void emit() {
        BibtexChunk chunk = current();
        text = null;
        listener.chunk(chunk);
    }

    private void unterminated(String where) {
        BibtexChunk partial = current();
        text = null;
        listener.unterminated(partial, "entry is not closed (a '" + (parenthesised ? ")" : "}")
                + "' is missing): " + where);
    }

    private BibtexChunk current() {
        String t = text.toString();
        return new BibtexChunk(type, key(t), t, startLine);
    }

    /** The text between the opening brace and the first comma, when it is a plausible key. */
    private static String key(String entry) {
        int open = entry.indexOf('{');
        int comma = entry.indexOf(',', open);
        if (open < 0 || comma < 0) {
            return null;
        }
        String k = entry.substring(open + 1, comma).strip();
        return k.isEmpty() || k.contains("=") || k.contains("\n") ? null : k;
    }
}
