package org.clinicite.core.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinicite.core.db.DatabaseConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The databases every repository test runs against: a fresh H2 file database, and a
 * fresh schema in the PostgreSQL named by {@code CLINICITE_TEST_PG_URL} (system property
 * {@code clinicite.test.pg.url}). Without that URL the PostgreSQL cases are skipped;
 * with it they must connect (CI always gives one), and an unreachable server fails.
 */
public final class TestDatabases {
    public static final String PG_PROPERTY = "clinicite.test.pg.url";
    private static final List<String> CREATED_SCHEMAS = new ArrayList<>();

    private TestDatabases() {
    }

    /** The PostgreSQL URL under test, or null. */
    public static String postgresUrl() {
        String url = System.getProperty(PG_PROPERTY);
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv("CLINICITE_TEST_PG_URL");
        }
        return url == null || url.isBlank() ? null : url.strip();
    }

    public static DatabaseConfig h2(Path dir) {
        return DatabaseConfig.embedded(dir);
    }

    /** A new, empty schema in the test PostgreSQL; skips the test when no URL is configured. */
    public static DatabaseConfig postgres() {
        String url = postgresUrl();
        if (url == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but CLINICITE_TEST_PG_URL is not set: PostgreSQL tests must run in CI");
        }
        Assumptions.assumeTrue(url != null,
                "CLINICITE_TEST_PG_URL is not set: PostgreSQL case skipped (CI always sets it)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is not reachable: " + e.getMessage(), e);
        }
        synchronized (CREATED_SCHEMAS) {
            CREATED_SCHEMAS.add(schema);
        }
        String sep = url.contains("?") ? "&" : "?";
        return new DatabaseConfig(url + sep + "currentSchema=" + schema, null, null);
    }

    /** Drops a schema made by {@link #postgres()}. */
    public static void dropSchema(DatabaseConfig config) {
        String url = config.jdbcUrl();
        int i = url.indexOf("currentSchema=");
        if (i < 0) {
            return;
        }
        String schema = url.substring(i + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(postgresUrl()); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }

    /** Arguments for a {@code @ParameterizedTest @MethodSource}: "h2" and "postgresql". */
    public static Stream<Arguments> kinds() {
        return Stream.of(Arguments.of("h2"), Arguments.of("postgresql"));
    }

    /** The config for a kind named by {@link #kinds()}. */
    public static DatabaseConfig of(String kind, Path tempDir) {
        return "h2".equals(kind) ? h2(tempDir) : postgres();
    }
}
