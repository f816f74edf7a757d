package org.clinicite.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.clinicite.core.text.TextKeys;

/** The identity of a write-up: outlet, headline and date, folded and hashed. */
public final class WriteUpFingerprint {
    private WriteUpFingerprint() {
    }

    public static String of(String outlet, String headline, LocalDate date) {
        String key = TextKeys.fold(outlet) + "|" + TextKeys.fold(headline) + "|" + (date == null ? "" : date);
        return sha256(key);
    }

    /** Hex SHA-256 of a text, for fingerprints of records. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
