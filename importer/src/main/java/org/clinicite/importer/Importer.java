package org.clinicite.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One input format. Implementations are stateless and thread-safe.
 *
 * <p>{@link #read} streams: it delivers each record to the sink as soon as it is
 * complete and never holds a whole large file in memory. Malformed input is reported
 * to the sink ({@link RecordSink#reject}); an {@link IOException} means the file could
 * not be read at all.
 */
public interface Importer {
    /** Short id used by {@code --format} ("news", "pubmed", "ris", ...). */
    String id();

    /** One line for {@code --help}. */
    String description();

    /**
     * Whether the file looks like this format, from its first bytes. Must be cheap and
     * must return false (not throw) for other formats and binary data.
     */
    boolean isRecognizedFormat(Path file) throws IOException;

    /** Reads every record of the file into the sink. */
    void read(Path file, RecordSink sink) throws IOException;
}
