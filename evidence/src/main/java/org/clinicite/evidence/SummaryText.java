package org.clinicite.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The summary as plain text: outcome table, pooled results per group, studies without numbers. */
public final class SummaryText {
    private SummaryText() {
    }

    public static String render(Summary s) {
        StringBuilder sb = new StringBuilder();
        try {
            write(s, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    public static void write(Summary s, Appendable out) throws IOException {
        String level = Numbers.percent(s.level());
        out.append("Outcomes (proportion with ").append(level).append(" Wilson interval)\n");
        TextTable t = new TextTable(12, 28, 28, 6, 44, 9, 5, 30, 18).alignRight(3, 5, 6);
        t.row("Study", "Citation", "Design", "n", "Measure", "x/N", "Prop", level + " CI", "Time point");
        for (OutcomeLine l : s.lines()) {
            t.row(l.studyId(), l.citation(), dash(l.design()), l.n() == null ? "?" : String.valueOf(l.n()),
                    l.measure() + (l.pooled() ? "" : " *"), l.count().events() + "/" + l.count().total(),
                    Numbers.fixed(l.proportion(), d(l)), Numbers.interval(l.ci(), d(l)), dash(l.timepoint()));
        }
        t.write(out, "  ");
        if (s.lines().stream().anyMatch(l -> !l.pooled())) {
            out.append("  * not pooled: the study has another line of the same kind with a larger total\n");
        }
        writeGroups(s, out, level);
        writeWithoutNumbers(s, out);
    }

    private static void writeGroups(Summary s, Appendable out, String level) throws IOException {
        out.append("\nPooled proportion by outcome kind (random effects, DerSimonian–Laird on logits; ")
                .append(level).append(" CI)\n");
        TextTable t = new TextTable(36, 4, 8, 40, 130).alignRight(1, 2);
        for (OutcomeGroup g : s.groups()) {
            t.row(g.kind().label(), "k=" + g.k(), "n=" + g.totalN(), estimate(g), details(g));
        }
        t.write(out, "  ");
    }

    private static String estimate(OutcomeGroup g) {
        if (g.isSingle()) {
            OutcomeLine l = g.pooledLines().get(0);
            return Numbers.proportion(l.proportion(), l.ci(), 3);
        }
        Estimate.Transformed p = g.pooled().proportion();
        return Numbers.proportion(p.value(), p.ci(), 3);
    }

    private static String details(OutcomeGroup g) {
        if (g.isSingle()) {
            return "single study, not pooled (Wilson interval)";
        }
        MetaAnalysis m = g.pooled().logit();
        Estimate.Transformed c = g.pooled().common();
        return "τ²=" + Numbers.fixed(m.tau2(), 3) + "  I²=" + Numbers.fixed(m.i2(), 1) + "%  H="
                + Numbers.fixed(m.h(), 2) + "  Q=" + Numbers.fixed(m.q(), 2) + " (df " + m.df() + ")  common "
                + Numbers.proportion(c.value(), c.ci(), 3);
    }

    /** Decimals for an outcome line: 3, more for a rare-event proportion that would print as 0.000. */
    private static int d(OutcomeLine l) {
        return Numbers.decimalsFor(3, l.proportion());
    }

    private static void writeWithoutNumbers(Summary s, Appendable out) throws IOException {
        out.append("\nWithout numeric outcomes\n");
        if (s.withoutNumbers().isEmpty()) {
            out.append("  (none)\n");
            return;
        }
        TextTable t = new TextTable(12, 28, 28, 14, 70);
        for (WithoutNumbers w : s.withoutNumbers()) {
            t.row(w.studyId(), w.citation(), dash(w.design()), w.n() == null ? "n=?" : "n=" + w.n(),
                    w.outcome() == null ? w.reason() : w.reason() + ": " + w.outcome());
        }
        t.write(out, "  ");
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
