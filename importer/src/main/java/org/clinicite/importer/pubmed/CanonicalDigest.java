package org.clinicite.importer.pubmed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a text written piece by piece: the characters are encoded to UTF-8 into a
 * reused buffer that is fed to the digest, so the text is never built as one string nor
 * copied to a byte array. The hash is exactly that of {@code text.getBytes(UTF_8)} for the
 * concatenated text (a lone surrogate becomes '?', as the JDK's encoder writes it), so
 * fingerprints stay those of {@link org.clinicite.core.model.WriteUpFingerprint#sha256}.
 * Not thread-safe: one per reader.
 */
final class CanonicalDigest {
    private static final HexFormat HEX = HexFormat.of();
    private final MessageDigest md;
    private final byte[] buf = new byte[8192];
    private final char[] chars = new char[1024];
    private int pos;
    /** A high surrogate waiting for its low half (0: none). */
    private char high;

    CanonicalDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Appends the text (copied out in chunks; a run of ASCII written straight to the buffer). */
    CanonicalDigest append(String s) {
        int n = s.length();
        for (int from = 0; from < n; from += chars.length) {
            int count = Math.min(chars.length, n - from);
            s.getChars(from, from + count, chars, 0);
            int i = 0;
            while (i < count) {
                if (high == 0) {
                    if (buf.length - pos < count) {
                        flush();
                    }
                    byte[] b = buf;
                    int p = pos;
                    char c;
                    while (i < count && (c = chars[i]) < 0x80) {
                        b[p++] = (byte) c;
                        i++;
                    }
                    pos = p;
                }
                if (i < count) {
                    append(chars[i++]);
                }
            }
        }
        return this;
    }

    /** Appends one character (a surrogate pair in two calls). */
    CanonicalDigest append(char c) {
        if (pos > buf.length - 4) {
            flush();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
                return this;
            }
            buf[pos++] = '?';
            if (pos > buf.length - 4) {
                flush();
            }
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
        return this;
    }

    /** The hex SHA-256 of everything appended since the last call; starts over. */
    String hex() {
        if (high != 0) {
            high = 0;
            if (pos > buf.length - 4) {
                flush();
            }
            buf[pos++] = '?';
        }
        flush();
        return HEX.formatHex(md.digest());
    }

    private void flush() {
        md.update(buf, 0, pos);
        pos = 0;
    }
}
