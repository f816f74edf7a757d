package org.clinicite.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.clinicite.citation.CitationException;
import org.clinicite.search.QuerySyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as JSON {@link ApiError}: what the request got wrong is a 4xx with the
 * services' own message (a query that cannot be parsed, an unknown style, format, locale
 * or facet); anything else is a bug, logged, and answered 500 without internals.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
        routes.exception(QuerySyntaxException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        routes.exception(CitationException.class, (e, ctx) -> send(ctx, 400, firstLine(e.getMessage())));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal error (a bug, please report it)");
        });
        routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !isJson(ctx)) {
                send(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)");
            }
        });
        routes.error(413, ctx -> send(ctx, 413, "request too large"));
    }

    static void send(Context ctx, int status, String message) {
        JsonBody.send(ctx, status, new ApiError(status, message == null ? "error" : message));
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static String firstLine(String m) {
        return m == null ? null : m.lines().findFirst().orElse(m);
    }
}
