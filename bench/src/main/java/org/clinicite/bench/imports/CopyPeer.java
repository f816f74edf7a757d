package org.clinicite.bench.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The ceiling: the rows of {@link CsvRows} loaded with PostgreSQL {@code COPY ... FROM STDIN}
 * ({@code CopyManager.copyIn}) into {@code copy_peer}, one table after another in one
 * transaction (one commit, as a bulk loader would do).
 */
final class CopyPeer {
    private final PrintStream err;

    CopyPeer(PrintStream err) {
        this.err = err;
    }

    /** Loads every table over {@code c} (the schema already created); returns the seconds taken. */
    double load(Connection c, List<CsvTable> tables) throws SQLException, IOException {
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long t0 = System.nanoTime();
        for (CsvTable t : tables) {
            long t1 = System.nanoTime();
            long rows;
            try (Reader in = Files.newBufferedReader(t.file, StandardCharsets.UTF_8)) {
                rows = copy.copyIn("copy " + PgSchemas.COPY_SCHEMA + "." + t.table + " (" + t.columns
                        + ") from stdin (format csv)", in, 1 << 16);
            }
            err.println(String.format(Locale.ROOT, "  COPY %s: %d rows, %.1f s", t.table, rows,
                    (System.nanoTime() - t1) / 1e9));
        }
        c.commit();
        return (System.nanoTime() - t0) / 1e9;
    }
}
