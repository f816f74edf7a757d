package org.clinicite.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import org.clinicite.core.json.StudyJson;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordResult;

/**
 * The {@code import --json} report (counts per outcome, records[], warnings[]), with file
 * names as uploaded rather than the server's temporary paths. (cli's
 * {@code ImportCommand.toJson} writes the same shape.)
 */
final class ImportReportJson {
    private ImportReportJson() {
    }

    static ObjectNode toJson(ImportReport report, Path uploadDir) {
        ObjectNode root = StudyJson.MAPPER.createObjectNode();
        for (ImportOutcome o : ImportOutcome.values()) {
            root.put(o.name().toLowerCase(Locale.ROOT), report.count(o));
        }
        ArrayNode records = root.putArray("records");
        for (RecordResult r : report.results()) {
            ObjectNode n = records.addObject();
            n.put("file", name(r.file()));
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
                n.put("reason", r.reason().replace(uploadDir.toString(), "upload"));
            }
        }
        if (report.resultsLeftOut() > 0) {
            // a long import keeps every rejection but only the first records in full
            root.put("recordsLeftOut", report.resultsLeftOut());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Problem p : report.warnings()) {
            warnings.add(new Problem(name(p.file()), p.line(), p.column(), p.reason().replace(uploadDir.toString(), "upload"))
                    .toString());
        }
        return root;
    }

    /** The uploaded file's name, not where the server kept it. */
    private static String name(String file) {
        if (file == null) {
            return null;
        }
        Path p = Path.of(file).getFileName();
        return p == null ? file : p.toString();
    }
}
