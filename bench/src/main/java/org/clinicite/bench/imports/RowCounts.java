package org.clinicite.bench.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The rows an import (or the COPY peer) left in the tables that both fill, for checking they are the same rows. */
record RowCounts(long studies, long authorships, long terms, long provenance, long changes) {
    static RowCounts of(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            RowCounts r = of(c, "");
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return r;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows: " + e.getMessage(), e);
        }
    }

    /** Counts in {@code schema} (with a trailing dot), or in the current schema when empty. */
    static RowCounts of(Connection c, String schema) throws SQLException {
        try (Statement st = c.createStatement()) {
            return new RowCounts(count(st, schema + "study"), count(st, schema + "authorship"),
                    count(st, schema + "study_term"), count(st, schema + "provenance"), count(st, schema + "change_log"));
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public String toString() {
        return studies + " studies, " + authorships + " authorships, " + terms + " terms, " + provenance
                + " provenance, " + changes + " change-log rows";
    }
}
