package org.clinicite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.vocab.Vocabulary;

/**
 * What a command works with, opened lazily and closed once: the data directory, the
 * database (embedded H2 or the given JDBC URL), the vocabulary and the search index
 * directory. Options win over environment variables, which win over defaults.
 */
final class AppContext implements AutoCloseable {
    static final String ENV_DATA = "CLINICITE_DATA";
    static final String ENV_DB_URL = "CLINICITE_DB_URL";

    private final Path dataDir;
    private final DatabaseConfig dbConfig;
    private Database database;
    private Vocabulary vocabulary;

    private AppContext(Path dataDir, DatabaseConfig dbConfig) {
        this.dataDir = dataDir;
        this.dbConfig = dbConfig;
    }

    static AppContext of(GlobalOptions sub, GlobalOptions root) {
        Path dir = first(sub.dataDir, root.dataDir);
        if (dir == null) {
            String env = System.getenv(ENV_DATA);
            dir = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".clinicite");
        }
        String url = first(sub.dbUrl, root.dbUrl);
        if (url == null) {
            url = System.getenv(ENV_DB_URL);
        }
        return new AppContext(dir.toAbsolutePath().normalize(), DatabaseConfig.resolve(dir, url));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    Path dataDir() {
        return dataDir;
    }

    DatabaseConfig dbConfig() {
        return dbConfig;
    }

    private void ensureDataDir() {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    Database database() {
        if (database == null) {
            ensureDataDir();
            database = Database.open(dbConfig);
        }
        return database;
    }

    Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = Vocabulary.forDataDir(dataDir);
        }
        return vocabulary;
    }

    /**
     * The search index directory. One per database, so switching {@code --db-url} never
     * mixes two databases' studies in one index.
     */
    Path indexDir() {
        ensureDataDir();
        return dbConfig.indexDir(dataDir);
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
