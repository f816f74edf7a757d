package org.clinicite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.clinicite.core.db.StudyRefs;
import org.clinicite.core.model.Study;

/**
 * The studies a command works on: a query's matches or a list of ids ({@link StudyRefs}
 * names them, as the API does), loaded in one transaction.
 */
final class StudySelection {
    private StudySelection() {
    }

    /**
     * Runs {@code work} on the loaded studies of a query or ids, inside one transaction, so
     * their outcomes, write-ups and links can be read.
     */
    static <T> T withStudies(AppContext app, String query, List<String> ids, int limit, PrintWriter err,
            Function<List<Study>, T> work) {
        return StudyRefs.withStudies(app.database(), refs(app, query, ids, limit, err), UsageException::new, work);
    }

    /** CSL-JSON items (with the {@code clinicite} object when {@code full}) for a query or ids. */
    static List<JsonNode> items(AppContext app, String query, List<String> ids, int limit, boolean full, PrintWriter err) {
        return StudyRefs.items(app.database(), refs(app, query, ids, limit, err), full, UsageException::new);
    }

    private static List<String> refs(AppContext app, String query, List<String> ids, int limit, PrintWriter err) {
        return ids != null ? ids : SearchSupport.searchIds(app, query, limit, err);
    }
}
