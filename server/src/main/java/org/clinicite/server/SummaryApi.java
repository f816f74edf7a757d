package org.clinicite.server;

import io.javalin.http.Context;
import java.util.List;
import org.clinicite.evidence.ForestPlot;
import org.clinicite.evidence.OutcomeGroup;
import org.clinicite.evidence.Summary;
import org.clinicite.evidence.SummaryJson;

/**
 * {@code GET /api/summary?q=…}: the {@code summarize --json} view (outcome lines with
 * Wilson CIs, pooled proportions per outcome group); {@code GET /api/summary/forest.svg?q=…}
 * the forest plot of the largest group (or of {@code group=KIND}) as SVG.
 */
final class SummaryApi {
    private static final int MAX_STUDIES = 1000;
    private final AppServices app;
    private final Selection selection;

    SummaryApi(AppServices app) {
        this.app = app;
        this.selection = new Selection(app);
    }

    void summary(Context ctx) {
        JsonBody.send(ctx, SummaryJson.toJson(summarize(ctx)));
    }

    void forestPlot(Context ctx) {
        OutcomeGroup group = chooseGroup(summarize(ctx), Params.optional(ctx, "group", null));
        String svg = ForestPlot.of(group).svg();
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private Summary summarize(Context ctx) {
        Params.required(ctx, "q");
        List<String> refs = selection.refs(ctx, Params.integer(ctx, "limit", MAX_STUDIES, 1, MAX_STUDIES));
        return selection.withStudies(refs, studies -> Summary.of(studies, (st, i) -> String.valueOf(st.getId()), 0.95));
    }

    private static OutcomeGroup chooseGroup(Summary summary, String kind) {
        if (summary.groups().isEmpty()) {
            throw ApiException.notFound("no numeric outcomes among the matching studies: nothing to plot");
        }
        if (kind == null) {
            return summary.groups().get(0);
        }
        return summary.groups().stream().filter(g -> g.kind().key().equals(kind)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("no outcome group '" + kind + "'; groups: "
                        + summary.groups().stream().map(g -> g.kind().key()).toList()));
    }
}
