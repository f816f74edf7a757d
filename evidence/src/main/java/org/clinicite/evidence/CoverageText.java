package org.clinicite.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.clinicite.core.model.ClaimCheck;

/**
 * The coverage view as plain text, e.g.
 * <pre>
 * 1  Barone et al. (2019)  Perceived Benefits of MDMA-Assisted Psychotherapy …
 *    2020-03-23  PsyPost  "Study finds MDMA-assisted psychotherapy …"  (doi, 0.95)
 *       agrees  15 of 19: One year after … 15 of 19 participants showed …
 * </pre>
 */
public final class CoverageText {
    private CoverageText() {
    }

    public static String render(CoverageView view) {
        StringBuilder sb = new StringBuilder();
        try {
            write(view, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    public static void write(CoverageView view, Appendable out) throws IOException {
        for (CoverageView.StudyCoverage s : view.studies()) {
            out.append(s.studyId()).append("  ").append(s.citation());
            if (s.title() != null) {
                out.append("  ").append(s.title());
            }
            out.append('\n');
            if (s.writeUps().isEmpty()) {
                out.append("   no write-ups\n");
            }
            for (CoverageView.WriteUpCoverage w : s.writeUps()) {
                writeUp(w, out);
            }
        }
    }

    private static void writeUp(CoverageView.WriteUpCoverage w, Appendable out) throws IOException {
        out.append("   ").append(w.date() == null ? "(no date)" : w.date().toString()).append("  ")
                .append(w.outlet() == null ? "(no outlet)" : w.outlet()).append("  \"").append(w.headline())
                .append("\"  (").append(w.linkedBy().name().toLowerCase(java.util.Locale.ROOT)).append(", ")
                .append(Numbers.fixed(w.confidence(), 2)).append(")\n");
        if (w.checks().isEmpty()) {
            out.append("      no numbers stated\n");
        }
        for (ClaimCheck c : w.checks()) {
            out.append("      ").append(String.format(java.util.Locale.ROOT, "%-12s", c.verdict().code()));
            if (c.claim().responders() != null && c.claim().total() != null) {
                out.append(c.claim().responders() + " of " + c.claim().total()).append(": ");
            }
            out.append(c.claim().sentence() == null ? "" : c.claim().sentence().strip());
            if (c.verdict() == ClaimCheck.Verdict.DISAGREES && c.matched() != null) {
                out.append("  [study: ").append(c.matched().summaryLine()).append(']');
            }
            out.append('\n');
        }
    }
}
