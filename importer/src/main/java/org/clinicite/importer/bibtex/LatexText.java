package org.clinicite.importer.bibtex;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * BibTeX field text as plain Unicode: accents ({@code {\"u}}, {@code \'{e}},
 * {@code \c{c}}), special letters ({@code {\o}}, {@code \ss}), dashes, ties and case
 * protection ({@code {{Title}}}) resolved. jbibtex's {@link LaTeXParser} and
 * {@link LaTeXPrinter} do the groups, commands and dashes; accents and the characters
 * its grammar rejects (<code>~ $ ^ _ % # &amp;</code>) are handled before it, and text it still
 * cannot parse falls back to braces and commands stripped.
 */
final class LatexText {
    private static final Pattern SYMBOL_ACCENT = Pattern.compile(
            "\\\\([`'^\"~=.])\\s*(?:\\{\\s*(\\\\[ij]|[A-Za-z])\\s*\\}|(\\\\[ij](?![A-Za-z])|[A-Za-z]))");
    private static final Pattern LETTER_ACCENT = Pattern.compile(
            "\\\\([uvHckdbr])(?:\\s*\\{\\s*(\\\\[ij]|[A-Za-z])\\s*\\}|\\s+([A-Za-z])(?![A-Za-z]))");
    private static final Pattern SPECIAL_LETTER = Pattern.compile(
            "\\\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])\\s*(?:\\{\\})?");
    private static final Map<String, String> MARKS = Map.ofEntries(
            Map.entry("`", "\u0300"), Map.entry("'", "\u0301"), Map.entry("^", "\u0302"), Map.entry("~", "\u0303"),
            Map.entry("=", "\u0304"), Map.entry("u", "\u0306"), Map.entry(".", "\u0307"), Map.entry("\"", "\u0308"),
            Map.entry("r", "\u030A"), Map.entry("H", "\u030B"), Map.entry("v", "\u030C"), Map.entry("d", "\u0323"),
            Map.entry("c", "\u0327"), Map.entry("k", "\u0328"), Map.entry("b", "\u0331"));
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"));

    private LatexText() {
    }

    /** Plain text of a field value; white space runs become one space. */
    static String decode(String latex) {
        if (latex == null) {
            return null;
        }
        String s = prepare(latex);
        String plain;
        try {
            plain = new LaTeXPrinter().print(new LaTeXParser().parse(s));
        } catch (ParseException | TokenMgrException e) {
            plain = strip(s);
        }
        if (latex.indexOf('\'') >= 0) {
            plain = plain.replace('\u2019', '\'');
        }
        return plain.replaceAll("\\s+", " ").strip();
    }

    /** Accents and special letters to Unicode; the characters jbibtex's grammar rejects made harmless. */
    private static String prepare(String latex) {
        String s = latex.replace("\\\\", " ").replace("\\ ", " ");
        s = accents(SYMBOL_ACCENT, s);
        s = accents(LETTER_ACCENT, s);
        s = SPECIAL_LETTER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(LETTERS.get(m.group(1))));
        s = s.replaceAll("(?<!\\\\)~", " ").replaceAll("(?<!\\\\)\\$", "{}").replaceAll("(?<!\\\\)\\^", "");
        return s.replaceAll("(?<!\\\\)([_%#&])", "\\\\$1");
    }

    private static String accents(Pattern p, String s) {
        return p.matcher(s).replaceAll(m -> {
            String base = m.group(2) != null ? m.group(2) : m.group(3);
            base = base.startsWith("\\") ? base.substring(1) : base;
            return Matcher.quoteReplacement(Normalizer.normalize(base + MARKS.get(m.group(1)), Normalizer.Form.NFC));
        });
    }

    /** The fallback: commands and braces removed, escaped characters kept, dashes as LaTeX prints them. */
    private static String strip(String s) {
        return s.replaceAll("\\\\[A-Za-z]+\\s*", "").replaceAll("\\\\(.)", "$1").replaceAll("[{}]", "")
                .replace("---", "\u2014").replace("--", "\u2013");
    }
}
