package org.clinicite.importer.testing;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.model.Study;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;

/** A sink that keeps what an importer delivers, in order, for the importer tests of every format. */
public class CollectingSink implements RecordSink {
    public final List<ParsedRecord> records = new ArrayList<>();
    /** The same list as {@link #records}, by the name the news tests use. */
    public final List<ParsedRecord> accepted = records;
    public final List<Problem> rejected = new ArrayList<>();
    public final List<Problem> warnings = new ArrayList<>();
    /** "accept:LINE", "reject:LINE", "warn:LINE" in delivery order. */
    public final List<String> events = new ArrayList<>();

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

    /** The one record of a good input (fails the test otherwise). */
    public ParsedRecord only() {
        if (records.size() != 1 || !rejected.isEmpty()) {
            throw new AssertionError("expected one record and no rejection, got " + records.size() + " records, " + rejected);
        }
        return records.get(0);
    }

    public ParsedRecord single() {
        return only();
    }

    /** The one rejection of a bad input, with no record accepted. */
    public Problem singleRejection() {
        if (!records.isEmpty() || rejected.size() != 1) {
            throw new AssertionError("expected no record and one rejection, got " + records.size() + " records, " + rejected);
        }
        return rejected.get(0);
    }

    public Study study(int i) {
        return records.get(i).study();
    }
}
