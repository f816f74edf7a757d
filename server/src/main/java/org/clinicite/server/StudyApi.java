package org.clinicite.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.clinicite.core.db.StudyRefs;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Study;

/**
 * {@code GET /api/studies/{id}}: the {@code show --json} view: CSL-JSON fields and the
 * {@code clinicite} object (outcomes, findings, write-ups with their claim checks, sources),
 * plus {@code sameTrial}: other papers of the same registered trial.
 */
final class StudyApi {
    private final AppServices app;

    StudyApi(AppServices app) {
        this.app = app;
    }

    void show(Context ctx) {
        String ref = ctx.pathParam("id");
        ObjectNode body = app.database().inTransaction(s -> {
            StudyRepository repo = new StudyRepository(s);
            Study study = StudyRefs.require(repo, ref, ApiException::notFound);
            ObjectNode n = StudyJson.full(study);
            List<Study> sameTrial = study.getNctId().map(repo::findByNctId).orElse(List.of());
            ArrayNode related = ((ObjectNode) n.get("clinicite")).putArray("sameTrial");
            sameTrial.stream().filter(o -> !o.getId().equals(study.getId()))
                    .forEach(o -> related.addObject().put("id", o.getId()).put("title", o.getTitle()));
            return n;
        });
        JsonBody.send(ctx, body);
    }
}
