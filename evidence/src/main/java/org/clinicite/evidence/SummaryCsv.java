package org.clinicite.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The summary as one CSV table (RFC 4180, header row). The {@code record} column says what
 * a row is: {@code outcome} (a table line), {@code pooled} (a group with k &ge; 2),
 * {@code single} (a group of one study) or {@code without-numbers}.
 */
public final class SummaryCsv {
    public static final List<String> HEADER = List.of("record", "kind", "study", "citation", "design", "n",
            "measure", "responders", "total", "proportion", "ci_lower", "ci_upper", "timepoint", "pooled", "k",
            "total_n", "tau2", "i2", "q", "note");

    private SummaryCsv() {
    }

    public static void write(Summary s, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        // not closed: closing would close the caller's writer
        CSVPrinter p = new CSVPrinter(out, format);
        for (OutcomeLine l : s.lines()) {
            p.printRecord(row("outcome", l.kind().key(), l.studyId(), l.citation(), l.design(), l.n(),
                    l.measure(), l.count().events(), l.count().total(), Numbers.roundProportion(l.proportion()),
                    Numbers.roundProportion(l.ci().lower()), Numbers.roundProportion(l.ci().upper()), l.timepoint(), l.pooled()));
        }
        for (OutcomeGroup g : s.groups()) {
            p.printRecord(group(g));
        }
        for (WithoutNumbers w : s.withoutNumbers()) {
            List<Object> r = row("without-numbers", null, w.studyId(), w.citation(), w.design(), w.n(),
                    w.outcome());
            r.set(HEADER.indexOf("note"), w.reason());
            p.printRecord(r);
        }
        p.flush();
    }

    private static List<Object> group(OutcomeGroup g) {
        if (g.isSingle()) {
            OutcomeLine l = g.pooledLines().get(0);
            List<Object> r = row("single", g.kind().key(), l.studyId(), null, null, null, g.kind().label(),
                    l.count().events(), l.count().total(), Numbers.roundProportion(l.proportion()),
                    Numbers.roundProportion(l.ci().lower()), Numbers.roundProportion(l.ci().upper()), null, null, 1, g.totalN());
            r.set(HEADER.indexOf("note"), "one study: not pooled");
            return r;
        }
        PooledProportion p = g.pooled();
        return row("pooled", g.kind().key(), null, null, null, null, g.kind().label(), p.events(), p.totalN(),
                Numbers.roundProportion(p.proportion().value()), Numbers.roundProportion(p.proportion().ci().lower()),
                Numbers.roundProportion(p.proportion().ci().upper()), null, null, g.k(), g.totalN(),
                Numbers.round(p.logit().tau2()), Numbers.round(p.logit().i2()), Numbers.round(p.logit().q()));
    }

    /** The values in header order, padded with empty cells. */
    private static List<Object> row(Object... values) {
        List<Object> r = new ArrayList<>(Arrays.asList(values));
        while (r.size() < HEADER.size()) {
            r.add(null);
        }
        return r;
    }
}
