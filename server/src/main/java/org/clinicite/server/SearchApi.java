package org.clinicite.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.clinicite.search.SearchOptions;
import org.clinicite.search.SearchResults;
import org.clinicite.search.SearchResultsJson;

/**
 * {@code GET /api/search}: the {@code search --json} shape plus the page asked for.
 * {@code drill=dim:value} (repeatable) keeps only studies with that facet value.
 */
final class SearchApi {
    static final int MAX_LIMIT = 100;
    private final AppServices app;

    SearchApi(AppServices app) {
        this.app = app;
    }

    void search(Context ctx) {
        String q = Params.optional(ctx, "q", "");
        int limit = Params.integer(ctx, "limit", 20, 1, MAX_LIMIT);
        int page = Params.integer(ctx, "page", 1, 1, 10_000);
        SearchOptions opts = SearchOptions.defaults().limit(limit).offset((page - 1) * limit)
                .sort(sort(Params.optional(ctx, "sort", "relevance"))).facets(true);
        for (String d : ctx.queryParams("drill")) {
            opts = opts.drillDown(dim(d), d.substring(d.indexOf(':') + 1));
        }
        SearchResults r = app.search(q, opts);
        ObjectNode body = SearchResultsJson.toJson(r);
        body.put("page", page).put("limit", limit).put("query", q);
        JsonBody.send(ctx, body);
    }

    private static SearchOptions.Sort sort(String s) {
        try {
            return SearchOptions.Sort.parse(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter 'sort' must be relevance, year or n, not '" + s + "'");
        }
    }

    private static String dim(String drill) {
        int colon = drill.indexOf(':');
        if (colon <= 0 || colon == drill.length() - 1) {
            throw ApiException.badRequest("parameter 'drill' must be dim:value (e.g. design:rct), not '" + drill + "'");
        }
        return drill.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }
}
