package org.clinicite.importer.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files the way every importer needs: buffered, gzip-decompressed when the
 * file starts with the gzip magic number (PubMed ships {@code .xml.gz}), and, for text,
 * strict UTF-8 (malformed bytes raise {@link java.nio.charset.MalformedInputException}
 * instead of becoming U+FFFD) with a leading byte-order mark dropped.
 */
public final class InputFiles {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private InputFiles() {
    }

    /** The file's bytes, decompressed if gzipped. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /** The file as strict UTF-8 text, BOM removed. */
    public static BufferedReader reader(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader r = new BufferedReader(new InputStreamReader(open(file), decoder), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /**
     * The first {@code max} characters of the file (decompressed), for format sniffing;
     * an empty string for binary data that is not UTF-8.
     */
    public static String head(Path file, int max) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes(max);
            for (byte b : bytes) {
                if (b == 0) {
                    return "";
                }
            }
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }
}
