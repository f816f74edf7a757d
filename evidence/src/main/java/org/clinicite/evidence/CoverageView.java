package org.clinicite.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.clinicite.core.model.ClaimCheck;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUp;

/**
 * What {@code clinicite coverage} shows: for each study, the write-ups that cover it (oldest
 * first) and, for each number a write-up states, whether it agrees with the study
 * ({@link ClaimCheck}). Studies no write-up covers are listed with an empty list. For
 * loaded studies, build the view inside the session (coverage links are lazy).
 */
public record CoverageView(List<StudyCoverage> studies) {
    public CoverageView {
        studies = List.copyOf(studies);
    }

    /** One study and its write-ups. */
    public record StudyCoverage(String studyId, String citation, String title, List<WriteUpCoverage> writeUps) {
        public StudyCoverage {
            writeUps = List.copyOf(writeUps);
        }
    }

    /** One write-up of a study: where and when it appeared, how it was linked, its claims checked. */
    public record WriteUpCoverage(String outlet, LocalDate date, String headline, String byline, String url,
            LinkMethod linkedBy, double confidence, List<ClaimCheck> checks) {
        public WriteUpCoverage {
            checks = List.copyOf(checks);
        }

        /** How many of its claims have the given verdict. */
        public long count(ClaimCheck.Verdict verdict) {
            return checks.stream().filter(c -> c.verdict() == verdict).count();
        }
    }

    public static CoverageView of(List<Study> studies) {
        return of(studies, StudyLabels::id);
    }

    public static CoverageView of(List<Study> studies, BiFunction<Study, Integer, String> ids) {
        List<StudyCoverage> out = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            Study s = studies.get(i);
            List<WriteUpCoverage> writeUps = s.getCoverage().stream()
                    .map(c -> writeUp(c, s))
                    .sorted(Comparator.comparing(WriteUpCoverage::date, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            out.add(new StudyCoverage(ids.apply(s, i), StudyLabels.citation(s), s.getTitle(), writeUps));
        }
        return new CoverageView(out);
    }

    private static WriteUpCoverage writeUp(Coverage c, Study s) {
        WriteUp w = c.getWriteUp();
        return new WriteUpCoverage(w.getOutlet(), w.getPublishedDate(), w.getHeadline(), w.getByline(), w.getUrl(),
                c.getMethod(), c.getConfidence(), ClaimCheck.checkAll(w, s));
    }
}
