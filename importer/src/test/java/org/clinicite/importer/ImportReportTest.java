package org.clinicite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report stays bounded: counts of everything, every rejection, the first records in full. */
class ImportReportTest {
    private static RecordResult added(int line) {
        return new RecordResult("f.xml", line, ImportOutcome.ADDED, (long) line, null, "t" + line, null);
    }

    @Test
    void keepsCountsAndEveryRejectionButOnlyTheFirstRecords() {
        ImportReport r = new ImportReport(2);
        r.add(added(1));
        r.add(RecordResult.rejected(Problem.at("f.xml", 2, "bad date")));
        r.add(added(3));
        r.add(added(4));
        r.add(added(5));
        r.add(RecordResult.rejected(Problem.at("f.xml", 6, "no title")));
        for (int i = 0; i < 4; i++) {
            r.warn(Problem.at("f.xml", 10 + i, "odd"));
        }
        assertEquals(4, r.count(ImportOutcome.ADDED));
        assertEquals(2, r.count(ImportOutcome.REJECTED));
        assertEquals(List.of(1, 2, 3, 6), r.results().stream().map(RecordResult::line).toList());
        assertEquals(List.of(2, 6), r.rejections().stream().map(RecordResult::line).toList());
        assertEquals("no title", r.rejections().get(1).reason());
        assertEquals(2, r.resultsLeftOut());
        assertEquals(2, r.warnings().size());
        assertEquals(2, r.warningsLeftOut());
        assertTrue(r.hasRejections());
        assertEquals("4 added, 0 merged, 0 unchanged, 2 rejected", r.summary());
    }
}
