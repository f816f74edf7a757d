package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/** A sink that keeps everything it is given, for assertions. */
final class CollectingSink implements RecordSink {
    final List<ParsedRecord> accepted = new ArrayList<>();
    final List<Problem> rejected = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();

    @Override
    public void accept(ParsedRecord record) {
        accepted.add(record);
    }

    @Override
    public void reject(Problem problem) {
        rejected.add(problem);
    }

    @Override
    public void warn(Problem problem) {
        warnings.add(problem);
    }

    /** The one record read; fails with the rejections otherwise. */
    ParsedRecord single() {
        assertEquals(List.of(), rejected, "rejections");
        assertEquals(1, accepted.size(), "records");
        return accepted.get(0);
    }

    /** The one rejection; fails when a record was accepted. */
    Problem singleRejection() {
        assertEquals(0, accepted.size(), "records accepted although the input is bad");
        assertEquals(1, rejected.size(), "rejections");
        return rejected.get(0);
    }
}
