package org.clinicite.bench.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One table's rows as a PostgreSQL CSV file ({@code COPY ... (FORMAT csv)}): a null is an
 * empty unquoted field, every other value is quoted, so an empty string stays one.
 */
final class CsvTable implements AutoCloseable {
    final String table;
    final String columns;
    final Path file;
    private final Writer out;
    private boolean lineStarted;
    long rows;

    CsvTable(Path dir, String table, String columns) throws IOException {
        this.table = table;
        this.columns = columns;
        this.file = dir.resolve(table + ".csv");
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes one row; values are printed with {@link String#valueOf}, null stays null. */
    void row(Object... values) {
        try {
            for (Object v : values) {
                field(v);
            }
            out.write('\n');
            lineStarted = false;
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(Object v) throws IOException {
        if (lineStarted) {
            out.write(',');
        }
        lineStarted = true;
        if (v == null) {
            return;
        }
        String s = String.valueOf(v);
        out.write('"');
        out.write(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
