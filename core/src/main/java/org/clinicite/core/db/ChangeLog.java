package org.clinicite.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads the database's change sequence with plain JDBC: what changed after a sequence
 * number the search index holds. Cheap enough to call at every start.
 */
public final class ChangeLog {
    private final DataSource dataSource;

    public ChangeLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The newest sequence number, 0 for an empty log. */
    public long head() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select coalesce(max(seq), 0) from change_log");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long head = rs.getLong(1);
            endRead(c);
            return head;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the change log: " + e.getMessage(), e);
        }
    }

    private static void endRead(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
    }

    /** Study ids changed after {@code seq} up to and including {@code upTo}. */
    public Set<Long> changedBetween(long seq, long upTo) {
        Set<Long> ids = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select study_id from change_log where seq > ? and seq <= ? order by seq")) {
            ps.setLong(1, seq);
            ps.setLong(2, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            endRead(c);
            return ids;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the change log: " + e.getMessage(), e);
        }
    }
}
