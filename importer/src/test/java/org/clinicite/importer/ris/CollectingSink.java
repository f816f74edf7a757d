package org.clinicite.importer.ris;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/** A sink that keeps what it is given, for assertions. */
final class CollectingSink implements RecordSink {
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
}
