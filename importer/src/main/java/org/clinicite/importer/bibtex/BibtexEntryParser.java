package org.clinicite.importer.bibtex;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;

/**
 * Parses one {@link BibtexChunk} with jbibtex, given the {@code @string} macros defined
 * before it in the file (jbibtex itself knows the month macros {@code jan} ...
 * {@code dec}). Not thread-safe: one per file.
 */
final class BibtexEntryParser {
    private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    /** A chunk that jbibtex could not read, with the reason in file coordinates. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    /** One parsed entry and the macros it used that no {@code @string} defines. */
    record Parsed(BibTeXEntry entry, Set<String> undefinedMacros) {
    }

    private final List<BibTeXString> macros = new ArrayList<>();

    /** Reads an {@code @string} chunk and keeps its macros for the entries after it. */
    void define(BibtexChunk chunk) throws SyntaxError {
        BibTeXDatabase db = parse(chunk, new LinkedHashSet<>());
        macros.addAll(db.getStrings().values());
    }

    Parsed entry(BibtexChunk chunk) throws SyntaxError {
        Set<String> undefined = new LinkedHashSet<>();
        BibTeXDatabase db = parse(chunk, undefined);
        if (db.getEntries().isEmpty()) {
            throw new SyntaxError("not a BibTeX entry");
        }
        return new Parsed(db.getEntries().values().iterator().next(), undefined);
    }

    private BibTeXDatabase parse(BibtexChunk chunk, Set<String> undefined) throws SyntaxError {
        try {
            BibTeXParser parser = new Resolving(undefined);
            macros.forEach(parser::addMacro);
            return parser.parse(new StringReader(chunk.text()));
        } catch (ParseException e) {
            throw new SyntaxError(describe(e, chunk.line()));
        } catch (TokenMgrException e) {
            throw new SyntaxError("unreadable character" + position(e.getMessage(), chunk.line()));
        }
    }

    /** "syntax error near 'year' at line 12, column 26: a ',' or '}' is missing?" in file lines. */
    private static String describe(ParseException e, int firstLine) {
        Token next = e.currentToken == null ? null : e.currentToken.next;
        if (next == null) {
            return "syntax error";
        }
        String near = next.kind == 0 ? "the end of the entry" : "'" + next.image + "'";
        return "syntax error near " + near + " at line " + (firstLine + next.beginLine - 1) + ", column "
                + next.beginColumn + " (a missing comma, quote or brace?)";
    }

    private static String position(String message, int firstLine) {
        Matcher m = LEXICAL_POSITION.matcher(message == null ? "" : message);
        return m.find() ? " at line " + (firstLine + Integer.parseInt(m.group(1)) - 1) + ", column " + m.group(2) : "";
    }

    /** jbibtex's parser, recording undefined macros and unresolved cross-references instead of failing. */
    private static final class Resolving extends BibTeXParser {
        private final Set<String> undefined;

        Resolving(Set<String> undefined) throws ParseException {
            this.undefined = undefined;
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
                undefined.add(key.getValue());
            }
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // entries are parsed one at a time: a crossref target is in another chunk
        }
    }
}
