package org.clinicite.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/** Keeps what an importer delivers, for assertions. */
class CollectingSink implements RecordSink {
    final List<ParsedRecord> records = new ArrayList<>();
    final List<Problem> rejected = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();

    @Override
    public void accept(ParsedRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Problem problem) {
        rejected.add(problem);
    }

    @Override
    public void warn(Problem problem) {
        warnings.add(problem);
    }

    ParsedRecord only() {
        if (records.size() != 1 || !rejected.isEmpty()) {
            throw new AssertionError("expected one record and no rejection, got " + records.size() + " records, "
                    + rejected);
        }
        return records.get(0);
    }
}
