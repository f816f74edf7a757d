package org.clinicite.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Whether a request may import: never when the server has no token (403), and only with
 * {@code Authorization: Bearer TOKEN} when it has one (401 otherwise). Compared in
 * constant time.
 */
final class ImportGuard {
    private final byte[] token;

    ImportGuard(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return token != null;
    }

    void check(String authorization) {
        if (token == null) {
            throw new ApiException(403, "import is disabled: start the server with an import token to allow it");
        }
        String prefix = "Bearer ";
        boolean ok = authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length())
                && MessageDigest.isEqual(token, authorization.substring(prefix.length()).strip()
                        .getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw new ApiException(401, "import needs the header 'Authorization: Bearer TOKEN' with the server's token");
        }
    }
}
