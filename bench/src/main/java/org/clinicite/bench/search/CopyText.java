package org.clinicite.bench.search;

import java.util.Collection;

/**
 * One row of PostgreSQL's COPY text format: tab-separated columns, {@code \N} for null,
 * backslash escapes for tab, newline, carriage return and backslash, and text arrays as
 * array literals with every element quoted.
 */
public final class CopyText {
    private final StringBuilder out;
    private boolean first = true;

    public CopyText(StringBuilder out) {
        this.out = out;
    }

    public CopyText text(String value) {
        separator();
        if (value == null) {
            out.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    public CopyText number(Integer value) {
        return text(value == null ? null : value.toString());
    }

    public CopyText bool(boolean value) {
        return text(value ? "t" : "f");
    }

    /** {@code {"a","b \"c\""}}: quoted elements, so commas, braces and spaces need no thought. */
    public CopyText array(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String v : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text(literal.append('}').toString());
    }

    public void endRow() {
        out.append('\n');
        first = true;
    }

    private void separator() {
        if (!first) {
            out.append('\t');
        }
        first = false;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
