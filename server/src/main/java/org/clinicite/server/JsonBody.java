package org.clinicite.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import org.clinicite.core.json.StudyJson;

/** Writes JSON responses with the project's one ObjectMapper (not Javalin's). */
final class JsonBody {
    static final String TYPE = "application/json; charset=utf-8";

    private JsonBody() {
    }

    static void send(Context ctx, Object value) {
        send(ctx, 200, value);
    }

    static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType(TYPE).result(StudyJson.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the response", e);
        }
    }
}
