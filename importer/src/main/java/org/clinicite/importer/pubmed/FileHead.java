package org.clinicite.importer.pubmed;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.clinicite.importer.io.InputFiles;

/** The first characters of a file for format sniffing, empty for a corrupt or truncated gzip. */
final class FileHead {
    static final int SIZE = 4096;

    private FileHead() {
    }

    static String of(Path file) throws IOException {
        try {
            return InputFiles.head(file, SIZE);
        } catch (EOFException | ZipException e) {
            return "";
        }
    }
}
