package org.clinicite.importer;

import java.nio.file.Path;

/** Progress of an import, for the command line's stderr. Default: silent. */
public interface ImportListener {
    ImportListener SILENT = new ImportListener() { };

    default void fileStarted(Path file, String format) {
    }

    default void recordDone(RecordResult result) {
    }

    default void fileDone(Path file) {
    }
}
