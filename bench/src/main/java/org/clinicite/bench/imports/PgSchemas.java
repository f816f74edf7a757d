package org.clinicite.bench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark database's schemas, with plain JDBC: {@code public} emptied before each
 * import (clinicite's migrations recreate it), and {@code copy_peer} for the COPY ceiling,
 * built from clinicite's own migration files so its tables have the same shape.
 */
final class PgSchemas {
    static final String COPY_SCHEMA = "copy_peer";
    private static final List<String> MIGRATIONS = List.of("/db/migration/V1__initial_schema.sql",
            "/db/migration/V2__ordered_change_log.sql");

    private final String url;

    PgSchemas(String url) {
        this.url = url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Drops everything clinicite created (tables, sequences, Flyway's history) so the next open migrates afresh. */
    void resetPublic() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists public cascade; create schema public");
        }
    }

    /**
     * {@code copy_peer} with clinicite's tables, indexes and unique constraints; with
     * {@code foreignKeys} false, without the foreign keys (so COPY does no reference checks).
     */
    void createCopySchema(boolean foreignKeys) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + COPY_SCHEMA + " cascade; create schema " + COPY_SCHEMA);
            st.execute("set search_path to " + COPY_SCHEMA);
            for (String m : MIGRATIONS) {
                st.execute(resource(m));
            }
            if (!foreignKeys) {
                for (String drop : foreignKeyDrops(st)) {
                    st.execute(drop);
                }
            }
        }
    }

    private static List<String> foreignKeyDrops(Statement st) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select conrelid::regclass, conname from pg_constraint c join pg_namespace n "
                + "on n.oid = c.connamespace where n.nspname = '" + COPY_SCHEMA + "' and c.contype = 'f'")) {
            while (rs.next()) {
                out.add("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
            }
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = PgSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " not on the class path (clinicite-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void dropCopySchema() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + COPY_SCHEMA + " cascade");
        }
    }
}
