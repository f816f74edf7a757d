package org.clinicite.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/** Any JDBC database: the rows of one table as one prepared {@code insert}, sent as a JDBC batch. */
final class JdbcBatchLoader implements RowLoader {
    static final JdbcBatchLoader INSTANCE = new JdbcBatchLoader();

    private JdbcBatchLoader() {
    }

    @Override
    public void load(Connection c, StudyRows.Table table, List<Object[]> rows) throws SQLException {
        String marks = String.join(",", Collections.nCopies(table.columns().size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "insert into " + table.name() + " (" + table.columnList() + ") values (" + marks + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Instant t) {
            ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        } else {
            throw new IllegalArgumentException("no binding for " + v.getClass());
        }
    }
}
