package org.clinicite.server;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/** Query parameters read and checked: anything out of range is a 400 naming the parameter. */
final class Params {
    private Params() {
    }

    static String optional(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    static String required(Context ctx, String name) {
        String v = optional(ctx, name, null);
        if (v == null) {
            throw ApiException.badRequest("missing parameter '" + name + "'");
        }
        return v;
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = optional(ctx, name, null);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max
                + ", not '" + v + "'");
    }

    /** A comma-separated list ({@code ids=1,2,NCT00000000}), or null when absent. */
    static List<String> list(Context ctx, String name) {
        String v = optional(ctx, name, null);
        if (v == null) {
            return null;
        }
        List<String> out = Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (out.isEmpty()) {
            throw ApiException.badRequest("parameter '" + name + "' names nothing");
        }
        return out;
    }
}
