package org.clinicite.server;

import io.javalin.http.Context;

/**
 * Headers on every response. The page renders untrusted text (news write-ups, imported
 * fields) with {@code textContent} only; the Content-Security-Policy is the second line:
 * scripts and styles from this origin only, no inline script, no plugins, no framing.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
