package org.clinicite.citation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A user's own .csl file on disk. */
final class StyleFiles {
    private StyleFiles() {
    }

    /** True if the argument names a file rather than a style id: it has a path separator or is an existing file. */
    static boolean looksLikePath(String s) {
        return s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
                || (s.toLowerCase(Locale.ROOT).endsWith(".csl") && Files.isRegularFile(Path.of(s)));
    }

    /**
     * Reads and checks a .csl file. A DOCTYPE is refused: an XML parser could follow its external
     * entities to the network, and CSL styles never need one.
     */
    static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CitationException("Style file " + file + " does not exist or is not a file.");
        }
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CitationException("Cannot read style file " + file + ": " + e.getMessage(), e);
        }
        if (!xml.contains("<style") || !xml.contains("http://purl.org/net/xbiblio/csl")) {
            throw new CitationException("Style file " + file + " is not a CSL style (no <style> element in the CSL namespace).");
        }
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            throw new CitationException("Style file " + file + " has a DOCTYPE or ENTITY declaration, which is not allowed.");
        }
        return xml;
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csl") ? name.substring(0, name.length() - 4) : name;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
