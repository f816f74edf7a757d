package org.clinicite.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clinicite.core.json.StudyJson;

/**
 * {@code GET /api/openapi.json}: the hand-written OpenAPI 3.1 description bundled with the
 * server; {@code GET /api/config}: what the page needs to know about this server (whether
 * import is enabled; never the token).
 */
final class OpenApi {
    static final String RESOURCE = "/org/clinicite/server/openapi.json";
    private final String document;
    private final ImportGuard guard;

    OpenApi(ImportGuard guard) {
        this.guard = guard;
        this.document = read();
    }

    private static String read() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void serve(Context ctx) {
        ctx.contentType(JsonBody.TYPE).result(document);
    }

    void config(Context ctx) {
        JsonBody.send(ctx, StudyJson.MAPPER.createObjectNode().put("importEnabled", guard.enabled()));
    }
}
