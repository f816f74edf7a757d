package org.clinicite.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL: the rows of one table as one {@code COPY ... FROM STDIN} in text format
 * (pgjdbc's {@link CopyManager}), on the session's connection and in its transaction;
 * sequence values with {@code nextval} over {@code generate_series}.
 */
final class PgCopyLoader implements RowLoader {
    static final PgCopyLoader INSTANCE = new PgCopyLoader();

    private PgCopyLoader() {
    }

    @Override
    public void load(Connection c, StudyRows.Table table, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            appendRow(text, row);
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("copy " + table.name() + " (" + table.columnList() + ") from stdin",
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("COPY " + table.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long[] nextValues(Connection c, String sequence, int n) throws SQLException {
        long[] out = new long[n];
        try (PreparedStatement ps = c.prepareStatement("select nextval(?::regclass) from generate_series(1, ?)")) {
            ps.setString(1, sequence);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < n; i++) {
                    if (!rs.next()) {
                        throw new SQLException("sequence " + sequence + " gave " + i + " of " + n + " values");
                    }
                    out[i] = rs.getLong(1);
                }
            }
        }
        return out;
    }

    /** One row in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static void appendRow(StringBuilder sb, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                sb.append("\\N");
            } else if (v instanceof String s) {
                appendText(sb, s);
            } else {
                sb.append(v); // numbers; an Instant as ISO-8601 UTC, which timestamptz reads exactly
            }
        }
        sb.append('\n');
    }

    private static void appendText(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(ch);
            }
        }
    }
}
