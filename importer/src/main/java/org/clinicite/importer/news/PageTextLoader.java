package org.clinicite.importer.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page file as strict UTF-8, line by line. A news page is small, so its lines
 * are kept; a file larger than {@link #MAX_BYTES} is not a news page and is refused
 * before it is read. Undecodable bytes and NUL characters are a rejection, not an
 * exception; only a failure to read the file at all throws.
 */
final class PageTextLoader {
    /** Far above any article page (the PsyPost example is 9 KB; big pages ~2 MB of HTML). */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private PageTextLoader() {
    }

    static PageText load(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return PageText.rejected("empty file");
        }
        if (size > MAX_BYTES) {
            return PageText.rejected("too large for a news page (" + size + " bytes, at most " + MAX_BYTES + ")");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strictUtf8()))) {
            return readLines(in);
        } catch (CharacterCodingException e) {
            return PageText.rejected("not UTF-8 text (binary or another encoding)");
        }
    }

    private static PageText readLines(BufferedReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean blank = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.indexOf('\0') >= 0) {
                return PageText.rejected("binary data, not text (NUL characters)");
            }
            String cleaned = lines.isEmpty() ? line.replace("\uFEFF", "") : line;
            blank &= cleaned.isBlank();
            lines.add(cleaned);
        }
        return blank ? PageText.rejected("empty file") : PageText.of(lines);
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
