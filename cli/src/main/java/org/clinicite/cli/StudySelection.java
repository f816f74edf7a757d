package org.clinicite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Study;

/** The studies a command works on: a query's matches or a list of ids, as CSL-JSON items. */
final class StudySelection {
    private StudySelection() {
    }

    /**
     * Runs {@code work} on the loaded studies of a query or ids, inside one transaction, so
     * their outcomes, write-ups and links can be read.
     */
    static <T> T withStudies(AppContext app, String query, List<String> ids, int limit, PrintWriter err,
            java.util.function.Function<List<Study>, T> work) {
        List<String> refs = ids != null ? ids : SearchSupport.searchIds(app, query, limit, err);
        return app.database().inTransaction(s -> {
            StudyRepository repo = new StudyRepository(s);
            List<Study> studies = new ArrayList<>();
            for (String ref : refs) {
                studies.add(StudyRef.require(repo, ref));
            }
            return work.apply(studies);
        });
    }

    /** CSL-JSON items (with the {@code clinicite} object when {@code full}) for a query or ids. */
    static List<JsonNode> items(AppContext app, String query, List<String> ids, int limit, boolean full, PrintWriter err) {
        List<String> refs = ids != null ? ids : SearchSupport.searchIds(app, query, limit, err);
        return app.database().inTransaction(s -> {
            StudyRepository repo = new StudyRepository(s);
            List<JsonNode> list = new ArrayList<>();
            for (String ref : refs) {
                Study study = StudyRef.require(repo, ref);
                ObjectNode item = full ? StudyJson.full(study) : StudyJson.csl(study, String.valueOf(study.getId()));
                list.add(item);
            }
            return list;
        });
    }
}
