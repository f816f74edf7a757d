package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.model.Study;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/** Keeps what an importer delivers, in order. */
final class CollectingSink implements RecordSink {
    final List<ParsedRecord> records = new ArrayList<>();
    final List<Problem> rejected = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    /** Every event as "accept:LINE", "reject:LINE" or "warn:LINE", to check the order of delivery. */
    final List<String> events = new ArrayList<>();

    @Override
    public void accept(ParsedRecord record) {
        records.add(record);
        events.add("accept:" + record.line());
    }

    @Override
    public void reject(Problem problem) {
        rejected.add(problem);
        events.add("reject:" + problem.line());
    }

    @Override
    public void warn(Problem problem) {
        warnings.add(problem);
        events.add("warn:" + problem.line());
    }

    Study study(int i) {
        return records.get(i).study();
    }
}
