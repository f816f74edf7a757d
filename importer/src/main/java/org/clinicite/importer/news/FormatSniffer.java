package org.clinicite.importer.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Looks at the first few KB of a file and tells which kind of content it is: cheap, and
 * never throws on odd bytes. Used by the news importers to recognise their input and
 * to reject other formats with a clear reason.
 */
final class FormatSniffer {
    static final int SNIFF_BYTES = 8192;
    private static final Pattern TAGGED = Pattern.compile("^[A-Z][A-Z0-9]{1,3}(?: {1,3}-.*| ?-(?: .*|$)|-\\d.*)");
    private static final Pattern RIS = Pattern.compile("^[A-Z][A-Z0-9]  - ?.*");
    private static final Pattern ENDNOTE = Pattern.compile("^%[0-9A-Z@!#$&()*+?^~\\[\\]|>](?: .*)?$");
    private static final Pattern BIBTEX = Pattern.compile("^@[A-Za-z]+\\s*[{(].*");
    private static final int LINES_TO_CHECK = 12;

    private FormatSniffer() {
    }

    static SniffedKind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return sniff(head);
    }

    static SniffedKind sniff(byte[] head) {
        if (head.length == 0) {
            return SniffedKind.EMPTY;
        }
        if (looksBinary(head)) {
            return SniffedKind.BINARY;
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (text.isBlank()) {
            return SniffedKind.EMPTY;
        }
        return sniffText(text);
    }

    static SniffedKind sniffText(String text) {
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            return markupKind(start);
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return SniffedKind.JSON;
        }
        return taggedKind(firstLines(text));
    }

    private static SniffedKind markupKind(String start) {
        String lower = start.substring(0, Math.min(start.length(), 2048)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.contains("<html") || lower.contains("<body")
                || lower.contains("<head")) {
            return SniffedKind.HTML;
        }
        return SniffedKind.XML;
    }

    private static SniffedKind taggedKind(List<String> lines) {
        if (lines.stream().anyMatch(l -> BIBTEX.matcher(l).matches())) {
            return SniffedKind.BIBTEX;
        }
        long ris = lines.stream().filter(l -> RIS.matcher(l).matches()).count();
        long tagged = lines.stream().filter(l -> TAGGED.matcher(l).matches()).count();
        long endnote = lines.stream().filter(l -> ENDNOTE.matcher(l).matches()).count();
        int enough = Math.min(2, lines.size());
        if (lines.stream().anyMatch(l -> l.startsWith("TY  -")) || ris >= enough && ris >= tagged) {
            return SniffedKind.RIS;
        }
        if (lines.stream().anyMatch(l -> l.matches("^PMID ?- ?\\d+.*")) || tagged >= enough) {
            return SniffedKind.MEDLINE;
        }
        if (endnote >= enough) {
            return SniffedKind.ENDNOTE;
        }
        return SniffedKind.TEXT;
    }

    private static List<String> firstLines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .limit(LINES_TO_CHECK).toList();
    }

    /** NUL bytes, or bytes that are not UTF-8 (a cut last character is forgiven). */
    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        int end = head.length < SNIFF_BYTES ? head.length : safeEnd(head);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, end));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    /** The buffer may end inside a multi-byte character: stop before its first byte. */
    private static int safeEnd(byte[] head) {
        int end = head.length;
        for (int i = 1; i <= 3 && end - i >= 0; i++) {
            int b = head[end - i] & 0xFF;
            if (b >= 0xC0) {
                return end - i;
            }
            if (b < 0x80) {
                return end;
            }
        }
        return end;
    }
}
