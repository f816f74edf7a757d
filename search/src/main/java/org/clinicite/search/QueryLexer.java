package org.clinicite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a query into tokens with their 1-based positions: parentheses, the operators
 * AND / OR / NOT (upper case only; lower-case "and" is a word), a leading {@code -},
 * quoted phrases, {@code field:value} / {@code field>=value} clauses, and words.
 */
final class QueryLexer {
    enum Type { LPAREN, RPAREN, AND, OR, NOT, MINUS, PHRASE, WORD, FIELD, EOF }

    /**
     * One token. For {@code FIELD}: {@code text} is the field name as typed, {@code op} the
     * operator, {@code value} the value without quotes, {@code valuePos} where it starts.
     */
    record Token(Type type, String text, int pos, String op, String value, int valuePos, boolean quoted) {
        static Token simple(Type type, String text, int pos) {
            return new Token(type, text, pos, null, null, 0, false);
        }
    }

    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)(:|>=|<=|>|<|=)");

    private final String query;
    private int i;

    private QueryLexer(String query) {
        this.query = query;
    }

    static List<Token> tokens(String query) {
        return new QueryLexer(query).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < query.length() && Character.isWhitespace(query.charAt(i))) {
                i++;
            }
            if (i >= query.length()) {
                out.add(Token.simple(Type.EOF, "", query.length() + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        char c = query.charAt(i);
        int pos = i + 1;
        if (c == '(' || c == ')') {
            i++;
            return Token.simple(c == '(' ? Type.LPAREN : Type.RPAREN, String.valueOf(c), pos);
        }
        if (c == '"') {
            return Token.simple(Type.PHRASE, quoted(), pos);
        }
        if (c == '-' && i + 1 < query.length() && startsTerm(query.charAt(i + 1))) {
            i++;
            return Token.simple(Type.MINUS, "-", pos);
        }
        Matcher m = FIELD.matcher(query).region(i, query.length());
        if (m.lookingAt() && (m.group(2).equals(":") || QueryField.byName(m.group(1)).isPresent())) {
            i = m.end();
            return field(m.group(1), m.group(2), pos);
        }
        String word = bare();
        return switch (word) {
            case "AND" -> Token.simple(Type.AND, word, pos);
            case "OR" -> Token.simple(Type.OR, word, pos);
            case "NOT" -> Token.simple(Type.NOT, word, pos);
            default -> Token.simple(Type.WORD, word, pos);
        };
    }

    private static boolean startsTerm(char c) {
        return !Character.isWhitespace(c) && c != ')' && c != '-';
    }

    private Token field(String name, String op, int pos) {
        int valuePos = i + 1;
        if (i < query.length() && query.charAt(i) == '"') {
            return new Token(Type.FIELD, name, pos, op, quoted(), valuePos, true);
        }
        String value = bare();
        if (value.isEmpty()) {
            throw new QuerySyntaxException("missing value after '" + name + op + "'", null, query, valuePos);
        }
        return new Token(Type.FIELD, name, pos, op, value, valuePos, false);
    }

    /** A quoted string starting at {@code i}; the quotes are dropped. */
    private String quoted() {
        int open = i;
        int close = query.indexOf('"', open + 1);
        if (close < 0) {
            throw new QuerySyntaxException("unterminated quote", "add a closing '\"'", query, open + 1);
        }
        i = close + 1;
        return query.substring(open + 1, close);
    }

    /**
     * A run up to white space, a quote, an opening parenthesis or an unbalanced closing
     * one; balanced parentheses stay inside (DOIs such as 10.1016/s0140-6736(20)30).
     */
    private String bare() {
        int start = i;
        int depth = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || (c == '(' && i == start)) {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            i++;
        }
        return query.substring(start, i);
    }
}
