package org.clinicite.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import org.clinicite.core.db.StudyRefs;
import org.clinicite.core.model.Study;
import org.clinicite.search.SearchOptions;

/**
 * The studies a request works on: {@code ids=} (ids, DOIs, pmid:, NCT) or the matches of
 * {@code q=}, loaded in one transaction ({@link StudyRefs}, shared with the command line).
 */
final class Selection {
    private final AppServices app;

    Selection(AppServices app) {
        this.app = app;
    }

    /** The refs of {@code ids=}, else the ids {@code q=} finds (at most {@code limit}); 400 if neither is given. */
    List<String> refs(Context ctx, int limit) {
        List<String> ids = Params.list(ctx, "ids");
        if (ids != null) {
            return ids;
        }
        String q = ctx.queryParam("q");
        if (q == null) {
            throw ApiException.badRequest("give 'ids' (comma-separated study ids) or 'q' (a query)");
        }
        SearchOptions opts = SearchOptions.defaults().limit(limit).facets(false).highlights(false);
        return app.search(q, opts).ids();
    }

    /** Runs {@code work} on the loaded studies inside one transaction; 404 for a reference that names no study. */
    <T> T withStudies(List<String> refs, Function<List<Study>, T> work) {
        return StudyRefs.withStudies(app.database(), refs, ApiException::notFound, work);
    }

    /** CSL-JSON items (with the {@code clinicite} object when {@code full}); 404 when nothing matched. */
    List<JsonNode> items(Context ctx, int limit, boolean full) {
        List<JsonNode> items = StudyRefs.items(app.database(), refs(ctx, limit), full, ApiException::notFound);
        if (items.isEmpty()) {
            throw ApiException.notFound("no study matched");
        }
        return items;
    }
}
