package org.clinicite.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Writes rows of one table on a connection, in the caller's transaction: the one part of
 * the bulk path ({@link BulkStudyWriter}) that differs between databases.
 */
interface RowLoader {
    /** Inserts the rows (values in {@link StudyRows.Table#columns()} order); throws if the database refuses any. */
    void load(Connection c, StudyRows.Table table, List<Object[]> rows) throws SQLException;

    /** PostgreSQL's {@code COPY}, H2's JDBC batches; empty for another database (Hibernate's path then). */
    static Optional<RowLoader> of(Session session) {
        Dialect dialect = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        if (dialect instanceof PostgreSQLDialect) {
            return Optional.of(PgCopyLoader.INSTANCE);
        }
        if (dialect instanceof H2Dialect) {
            return Optional.of(JdbcBatchLoader.INSTANCE);
        }
        return Optional.empty();
    }
}
