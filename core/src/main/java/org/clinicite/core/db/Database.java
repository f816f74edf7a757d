package org.clinicite.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.clinicite.core.id.IdentifierConverters;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.WriteUp;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * An open clinicite database: a connection pool, the schema migrated to the newest
 * version with Flyway, and a Hibernate {@link SessionFactory}. Opening it is the only
 * place that touches the schema; Hibernate never generates DDL.
 */
public final class Database implements AutoCloseable {
    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;

    private Database(DatabaseConfig config, HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.config = config;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    /** Opens (and migrates) the database, or throws {@link DatabaseException} with a one-line reason. */
    public static Database open(DatabaseConfig config) {
        HikariDataSource ds = pool(config);
        try {
            migrate(ds, config);
            return new Database(config, ds, sessionFactory(ds, "none"));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /**
     * A pool only, without Hibernate and without migrating: for cheap reads with plain
     * JDBC (is the search index behind?). A database never opened by clinicite has no
     * tables yet; readers treat that as "behind" and then {@link #open} it.
     */
    public static HikariDataSource openDataSource(DatabaseConfig config) {
        return pool(config);
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        if (config.user() != null) {
            hc.setUsername(config.user());
            hc.setPassword(config.password());
        }
        hc.setPoolName("clinicite");
        hc.setMaximumPoolSize(4);
        hc.setMinimumIdle(0);
        hc.setConnectionTimeout(5_000);
        hc.setInitializationFailTimeout(1);
        hc.setAutoCommit(false);
        if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            // Hibernate's JDBC batches (50 rows) go to PostgreSQL as multi-row inserts
            hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot connect to " + config.displayUrl() + ": " + rootMessage(e), e);
        }
    }

    private static void migrate(DataSource ds, DatabaseConfig config) {
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot migrate " + config.displayUrl() + ": " + rootMessage(e), e);
        }
    }

    /** Builds the session factory; {@code ddlAction} is "none", or "validate" in the schema test. */
    static SessionFactory sessionFactory(DataSource ds, String ddlAction) {
        return new HibernatePersistenceConfiguration("clinicite")
                .managedClasses(Journal.class, Study.class, Authorship.class, StudyTerm.class, Outcome.class,
                        Provenance.class, WriteUp.class, Coverage.class,
                        IdentifierConverters.DoiConverter.class, IdentifierConverters.PmidConverter.class,
                        IdentifierConverters.PmcidConverter.class, IdentifierConverters.NctIdConverter.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds)
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .property(AvailableSettings.HBM2DDL_AUTO, ddlAction)
                .createEntityManagerFactory();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    public DatabaseConfig config() {
        return config;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** Runs work in one transaction; rolls back and rethrows on any exception. */
    public <T> T inTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    public void run(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            dataSource.close();
        }
    }
}
