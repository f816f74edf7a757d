package org.clinicite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.search.QueryLexer.Token;
import org.clinicite.search.QueryLexer.Type;
import org.clinicite.search.QueryNode.And;
import org.clinicite.search.QueryNode.Name;
import org.clinicite.search.QueryNode.Not;
import org.clinicite.search.QueryNode.Or;
import org.clinicite.search.QueryNode.Range;
import org.clinicite.search.QueryNode.Terms;
import org.clinicite.search.QueryNode.Text;

/**
 * The query language, by recursive descent:
 *
 * <pre>
 * query   := or EOF
 * or      := and ( "OR" and )*
 * and     := unary ( ["AND"] unary )*          -- clauses side by side are ANDed
 * unary   := "NOT" unary | "-" primary | primary
 * primary := "(" or ")" | WORD | "PHRASE" | FIELD
 * FIELD   := name ":" value | ("year" | "n") (">=" | ">" | "<=" | "<" | "=") number
 * </pre>
 *
 * Substance and condition values go through the vocabulary (synonyms, abbreviations,
 * then every narrower term); anything the vocabulary does not know is searched as
 * text with a notice. Every error is a {@link QuerySyntaxException} with a position.
 * Thread-safe: each {@link #parse} call keeps its own state.
 */
public final class QueryParser {
    private static final List<String> HAS_VALUES = List.of("news", "outcomes", "results");

    private final Vocabulary vocabulary;

    public QueryParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Parses a query; a blank query matches every study. */
    public ParsedQuery parse(String query) {
        String q = query == null ? "" : query;
        Run run = new Run(q, QueryLexer.tokens(q));
        return new ParsedQuery(q, run.query(), run.notices);
    }

    /** The state of one parse. */
    private final class Run {
        private final String query;
        private final List<Token> tokens;
        private final List<String> notices = new ArrayList<>();
        private int at;

        Run(String query, List<Token> tokens) {
            this.query = query;
            this.tokens = tokens;
        }

        QueryNode query() {
            if (peek().type() == Type.EOF) {
                return new QueryNode.All();
            }
            QueryNode n = or();
            Token t = peek();
            if (t.type() == Type.RPAREN) {
                throw error("unmatched ')'", "remove it or add a '(' before it", t.pos());
            }
            if (t.type() != Type.EOF) {
                throw error("unexpected '" + t.text() + "'", null, t.pos());
            }
            return n;
        }

        private QueryNode or() {
            List<QueryNode> parts = new ArrayList<>(List.of(and()));
            while (peek().type() == Type.OR) {
                Token op = take();
                requireOperand(op);
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        private QueryNode and() {
            List<QueryNode> parts = new ArrayList<>(List.of(unary()));
            while (true) {
                Token t = peek();
                if (t.type() == Type.AND) {
                    take();
                    requireOperand(t);
                    parts.add(unary());
                } else if (startsOperand(t.type())) {
                    parts.add(unary());
                } else {
                    break;
                }
            }
            return parts.size() == 1 ? parts.get(0) : new And(flatten(parts));
        }

        private QueryNode unary() {
            Token t = peek();
            if (t.type() == Type.NOT) {
                take();
                requireOperand(t);
                return new Not(unary());
            }
            if (t.type() == Type.MINUS) {
                take();
                return new Not(primary());
            }
            return primary();
        }

        private QueryNode primary() {
            Token t = take();
            switch (t.type()) {
                case LPAREN:
                    return group(t);
                case WORD:
                    return new Text(t.text(), false);
                case PHRASE:
                    if (t.text().isBlank()) {
                        throw error("empty phrase", null, t.pos());
                    }
                    return new Text(t.text(), true);
                case FIELD:
                    return field(t);
                case RPAREN:
                    throw error("unmatched ')'", "remove it or add a '(' before it", t.pos());
                case EOF:
                    throw error("unexpected end of query", null, t.pos());
                default:
                    throw error("'" + t.text() + "' needs a term before it", null, t.pos());
            }
        }

        private QueryNode group(Token open) {
            if (peek().type() == Type.RPAREN) {
                throw error("empty parentheses", null, open.pos());
            }
            QueryNode inner = or();
            if (peek().type() != Type.RPAREN) {
                throw error("missing ')'", "the '(' at " + open.pos() + " is not closed", peek().pos());
            }
            take();
            return inner;
        }

        private QueryNode field(Token t) {
            Optional<QueryField> known = QueryField.byName(t.text());
            if (known.isEmpty()) {
                String hint = Suggestions.nearest(t.text(), QueryField.names())
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("fields are " + String.join(", ", QueryField.names()));
                throw error("unknown field '" + t.text() + "'", hint, t.pos());
            }
            QueryField f = known.get();
            if (f.kind() != QueryField.Kind.RANGE && !t.op().equals(":")) {
                throw error("'" + f.fieldName() + "' takes ':' not '" + t.op() + "'", null, t.pos());
            }
            return switch (f) {
                case SUBSTANCE -> term(TermKind.SUBSTANCE, f, t);
                case CONDITION -> term(TermKind.CONDITION, f, t);
                case DESIGN -> design(t);
                case PHASE -> phase(t);
                case JOURNAL, AUTHOR, OUTLET -> new Name(f, t.value());
                case YEAR, N -> range(f, t);
                case DOI, PMID, NCT -> identifier(f, t);
                case HAS -> has(t);
            };
        }

        private QueryNode term(TermKind kind, QueryField f, Token t) {
            Optional<Term> term = vocabulary.lookup(kind, t.value());
            if (term.isPresent()) {
                return new Terms(f, vocabulary.expand(term.get().key()));
            }
            notices.add(f.fieldName() + " '" + t.value() + "' is not in the vocabulary; searched as text");
            return new Text(t.value(), true);
        }

        private QueryNode design(Token t) {
            Optional<StudyDesign> d = StudyDesign.parse(t.value());
            if (d.isEmpty()) {
                List<String> codes = Arrays.stream(StudyDesign.values()).map(StudyDesign::code).toList();
                String hint = Suggestions.nearest(t.value(), codes).map(s -> "did you mean '" + s + "'?")
                        .orElse("designs are " + String.join(", ", codes));
                throw error("unknown design '" + t.value() + "'", hint, t.valuePos());
            }
            return new Terms(QueryField.DESIGN, Set.of(d.get().code()));
        }

        private QueryNode phase(Token t) {
            String p = Phases.normalize(t.value());
            if (p == null) {
                throw error("missing phase after 'phase:'", "e.g. phase:2", t.valuePos());
            }
            return new Terms(QueryField.PHASE, Set.of(p));
        }

        private QueryNode has(Token t) {
            String v = t.value().toLowerCase(Locale.ROOT);
            if (!HAS_VALUES.contains(v)) {
                String hint = Suggestions.nearest(v, HAS_VALUES).map(s -> "did you mean '" + s + "'?")
                        .orElse("use has:" + String.join(", has:", HAS_VALUES));
                throw error("unknown value 'has:" + t.value() + "'", hint, t.valuePos());
            }
            return new Terms(QueryField.HAS, Set.of(v));
        }

        private QueryNode identifier(QueryField f, Token t) {
            String v = t.value();
            Optional<String> normalised = switch (f) {
                case DOI -> Doi.parse(v).map(Doi::value);
                case PMID -> Pmid.parse(v).map(Pmid::value);
                default -> NctId.parse(v).map(NctId::value);
            };
            if (normalised.isEmpty()) {
                throw error("not a valid " + f.fieldName().toUpperCase(Locale.ROOT) + ": '" + v + "'", null,
                        t.valuePos());
            }
            return new Terms(f, Set.of(normalised.get()));
        }

        private QueryNode range(QueryField f, Token t) {
            String v = t.value();
            switch (t.op()) {
                case ">=":
                    return new Range(f, number(v, t), null);
                case ">":
                    return new Range(f, number(v, t) + 1, null);
                case "<=":
                    return new Range(f, null, number(v, t));
                case "<":
                    return new Range(f, null, number(v, t) - 1);
                default:
                    return span(f, t);
            }
        }

        /** {@code 2019}, {@code 2015..2024}, {@code 2015..}, {@code ..2024} or {@code 2015-2024}. */
        private QueryNode span(QueryField f, Token t) {
            String v = t.value();
            int dots = v.indexOf("..");
            String[] parts = dots >= 0 ? new String[] {v.substring(0, dots), v.substring(dots + 2)}
                    : v.matches("\\d+-\\d+") ? v.split("-") : new String[] {v, v};
            Integer min = parts[0].isEmpty() ? null : number(parts[0], t);
            Integer max = parts[1].isEmpty() ? null : number(parts[1], t);
            if (min == null && max == null) {
                throw error("a range needs at least one bound", "e.g. " + example(f), t.valuePos());
            }
            if (min != null && max != null && min > max) {
                throw error("empty range " + v, "the lower bound comes first", t.valuePos());
            }
            return new Range(f, min, max);
        }

        private int number(String s, Token t) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                throw error("'" + t.text() + t.op() + "' needs a number, not '" + s + "'", "e.g. " + example(
                        QueryField.byName(t.text()).orElse(QueryField.N)), t.valuePos());
            }
        }

        private String example(QueryField f) {
            return f == QueryField.YEAR ? "year:2015..2024 or year>=2015" : "n>=50 or n:20..100";
        }

        private void requireOperand(Token op) {
            if (!startsOperand(peek().type())) {
                throw error("'" + op.text() + "' needs a term after it", null, op.pos());
            }
        }

        private boolean startsOperand(Type type) {
            return type == Type.WORD || type == Type.PHRASE || type == Type.FIELD || type == Type.LPAREN
                    || type == Type.NOT || type == Type.MINUS;
        }

        private List<QueryNode> flatten(List<QueryNode> parts) {
            List<QueryNode> out = new ArrayList<>();
            for (QueryNode p : parts) {
                if (p instanceof And a) {
                    out.addAll(a.children());
                } else {
                    out.add(p);
                }
            }
            return out;
        }

        private Token peek() {
            return tokens.get(at);
        }

        private Token take() {
            Token t = tokens.get(at);
            if (t.type() != Type.EOF) {
                at++;
            }
            return t;
        }

        private QuerySyntaxException error(String reason, String hint, int pos) {
            return new QuerySyntaxException(reason, hint, query, pos);
        }
    }
}
