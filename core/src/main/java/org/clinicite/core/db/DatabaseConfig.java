package org.clinicite.core.db;

import java.nio.file.Path;
import org.clinicite.core.model.WriteUpFingerprint;

/**
 * Where the database is: an embedded H2 file database in the data directory (the
 * default, no server to install), or any JDBC URL (PostgreSQL when users share one).
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
    /** The H2 database file's base name inside the data directory. */
    public static final String H2_FILE = "clinicite";

    public DatabaseConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + jdbcUrl);
        }
    }

    /**
     * The embedded default: {@code DATA_DIR/clinicite.mv.db}. {@code WRITE_DELAY=0}: a
     * committed record is on disk when the commit returns, so a killed import loses
     * nothing it reported as stored (H2's default delays writes by up to a second).
     */
    public static DatabaseConfig embedded(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().resolve(H2_FILE).toString();
        return new DatabaseConfig("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000;WRITE_DELAY=0", "sa", "");
    }

    /** The given URL if any, else the embedded default. User and password may be in the URL. */
    public static DatabaseConfig resolve(Path dataDir, String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return embedded(dataDir);
        }
        return new DatabaseConfig(jdbcUrl.strip(), null, null);
    }

    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /**
     * The search index directory for this database under {@code dataDir}: {@code index/default}
     * for the embedded database of that data directory, else {@code index/db-} and the first
     * 12 hex digits of the URL's SHA-256, so switching databases never mixes two databases'
     * studies in one index. The command line and bulk loaders (bench/) use this one rule.
     */
    public Path indexDir(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        String name = isEmbedded() && jdbcUrl.contains(dir.toString())
                ? "default" : "db-" + WriteUpFingerprint.sha256(jdbcUrl).substring(0, 12);
        return dir.resolve("index").resolve(name);
    }

    /** The URL without credentials, for messages. */
    public String displayUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
