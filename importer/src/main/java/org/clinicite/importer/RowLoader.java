package org.clinicite.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Writes rows of one table and draws sequence values on a connection, in the caller's
 * transaction: the one part of the bulk path ({@link BulkStudyWriter}) that is the
 * database's own. Only PostgreSQL has one ({@link PgCopyLoader}); on H2 JDBC batches of the
 * same rows were slower than Hibernate's flush (bench/README.md, "Import"), so H2 keeps
 * Hibernate's path.
 */
interface RowLoader {
    /** Inserts the rows (values in {@link StudyRows.Table#columns()} order); throws if the database refuses any. */
    void load(Connection c, StudyRows.Table table, List<Object[]> rows) throws SQLException;

    /** The next {@code n} values of a sequence, in one round trip. */
    long[] nextValues(Connection c, String sequence, int n) throws SQLException;

    /** PostgreSQL's {@code COPY}; empty for another database (Hibernate's path then). */
    static Optional<RowLoader> of(Session session) {
        Dialect dialect = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        if (dialect instanceof PostgreSQLDialect) {
            return Optional.of(PgCopyLoader.INSTANCE);
        }
        return Optional.empty();
    }
}
