package org.clinicite.evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.clinicite.core.json.StudyJson;

/**
 * The coverage view as JSON: {@code {"studies": [{"study", "citation", "title", "writeUps":
 * [{"outlet", "date", "title", "author", "url", "linkedBy", "confidence", "claims": [{"text",
 * "responders", "total", "verdict", "outcome"}]}]}]}}: the write-up and claim fields as
 * {@link StudyJson} names them.
 */
public final class CoverageJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CoverageJson() {
    }

    public static ObjectNode toJson(CoverageView view) {
        ObjectNode root = F.objectNode();
        ArrayNode studies = root.putArray("studies");
        for (CoverageView.StudyCoverage s : view.studies()) {
            ObjectNode n = studies.addObject();
            n.put("study", s.studyId());
            n.put("citation", s.citation());
            if (s.title() != null) {
                n.put("title", s.title());
            }
            ArrayNode writeUps = n.putArray("writeUps");
            s.writeUps().forEach(w -> writeUps.add(writeUp(w)));
        }
        return root;
    }

    private static ObjectNode writeUp(CoverageView.WriteUpCoverage w) {
        ObjectNode n = F.objectNode();
        putIfPresent(n, "outlet", w.outlet());
        if (w.date() != null) {
            n.put("date", w.date().toString());
        }
        n.put("title", w.headline());
        putIfPresent(n, "author", w.byline());
        putIfPresent(n, "url", w.url());
        n.put("linkedBy", w.linkedBy().name().toLowerCase(Locale.ROOT));
        n.put("confidence", w.confidence());
        n.set("claims", StudyJson.claimChecks(w.checks()));
        return n;
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
