package org.clinicite.bench.search;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Connects to the benchmark database, creating it first when the server says it does not exist. */
final class PgDatabase {
    private static final Pattern DB_NAME = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(.*)");
    private static final String INVALID_CATALOG = "3D000";

    private PgDatabase() {
    }

    static Connection connect(String url, PrintStream progress) throws SQLException {
        try {
            return DriverManager.getConnection(url, properties());
        } catch (SQLException e) {
            if (!INVALID_CATALOG.equals(e.getSQLState())) {
                throw e;
            }
        }
        Matcher m = DB_NAME.matcher(url);
        if (!m.matches() || !m.group(2).matches("[A-Za-z0-9_]+")) {
            throw new SQLException("the database in " + url + " does not exist and its name cannot be created here");
        }
        progress.println("postgres: creating database " + m.group(2));
        try (Connection admin = DriverManager.getConnection(m.group(1) + "postgres" + m.group(3), properties());
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + m.group(2));
        }
        return DriverManager.getConnection(url, properties());
    }

    /** Bounded waits: no step of the benchmark may hang on the server. */
    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "3600");
        return p;
    }
}
