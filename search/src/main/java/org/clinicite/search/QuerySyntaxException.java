package org.clinicite.search;

/**
 * A query the parser cannot read: a reason, the 1-based character position it refers
 * to, and optionally a hint ("did you mean 'substance'?"). The message reads
 * {@code unknown field 'substnce' at 1; did you mean 'substance'?}; {@link #caretLine()}
 * gives the query with a caret under the position, for the command line.
 */
public class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;
    private final String reason;
    private final String hint;

    public QuerySyntaxException(String reason, String hint, String query, int position) {
        super(reason + " at " + position + (hint == null ? "" : "; " + hint));
        this.reason = reason;
        this.hint = hint;
        this.query = query;
        this.position = position;
    }

    /** The query as given. */
    public String query() {
        return query;
    }

    /** The 1-based character position of the problem in {@link #query()}. */
    public int position() {
        return position;
    }

    /** The problem without position and hint ("unknown field 'substnce'"). */
    public String reason() {
        return reason;
    }

    /** The hint, or null. */
    public String hint() {
        return hint;
    }

    /** Two lines: the query, and a caret under the position. */
    public String caretLine() {
        return query + "\n" + " ".repeat(Math.max(0, position - 1)) + "^";
    }
}
