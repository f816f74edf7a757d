package org.clinicite.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.clinicite.core.json.StudyJson;

/**
 * An {@link ImportReport} as data: the shape of {@code clinicite import --json} and of
 * {@code POST /api/import}: a count per {@link ImportOutcome} ({@code added}, {@code merged},
 * ...), {@code records[]} ({@code file, line, outcome, id, writeUpId, title, reason}) and
 * {@code warnings[]} (file:line:column: reason); past the report's detail limit
 * {@code recordsLeftOut} and {@code warningsLeftOut} count what was not listed (every rejection is).
 */
public final class ImportReportJson {
    private ImportReportJson() {
    }

    /** The report with files and reasons as they are. */
    public static ObjectNode toJson(ImportReport report) {
        return toJson(report, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * The report with each file name passed through {@code file} and each reason through
     * {@code reason} (the server shows uploaded files by their names, not where it kept them).
     */
    public static ObjectNode toJson(ImportReport report, UnaryOperator<String> file, UnaryOperator<String> reason) {
        ObjectNode root = StudyJson.MAPPER.createObjectNode();
        for (ImportOutcome o : ImportOutcome.values()) {
            root.put(o.name().toLowerCase(Locale.ROOT), report.count(o));
        }
        ArrayNode records = root.putArray("records");
        for (RecordResult r : report.results()) {
            ObjectNode n = records.addObject();
            n.put("file", r.file() == null ? null : file.apply(r.file()));
            if (r.line() > 0) {
                n.put("line", r.line());
            }
            n.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
            if (r.studyId() != null) {
                n.put("id", r.studyId());
            }
            if (r.writeUpId() != null) {
                n.put("writeUpId", r.writeUpId());
            }
            if (r.title() != null) {
                n.put("title", r.title());
            }
            if (r.reason() != null) {
                n.put("reason", reason.apply(r.reason()));
            }
        }
        if (report.resultsLeftOut() > 0) {
            // a long import keeps every rejection but only the first records in full
            root.put("recordsLeftOut", report.resultsLeftOut());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Problem p : report.warnings()) {
            warnings.add(new Problem(p.file() == null ? null : file.apply(p.file()), p.line(), p.column(),
                    p.reason() == null ? null : reason.apply(p.reason())).toString());
        }
        if (report.warningsLeftOut() > 0) {
            root.put("warningsLeftOut", report.warningsLeftOut());
        }
        return root;
    }
}
