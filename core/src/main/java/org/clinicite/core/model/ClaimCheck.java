package org.clinicite.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Checks a number a write-up states against the study's outcomes: it agrees when an
 * outcome has the same responders and total, disagrees when an outcome has the same
 * total (or the study's sample size matches) but other responders, and is not in the
 * study otherwise.
 */
public record ClaimCheck(Claim claim, Verdict verdict, Outcome matched) {

    public enum Verdict {
        AGREES, DISAGREES, NOT_IN_STUDY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public static ClaimCheck check(Claim claim, Study study) {
        if (claim.responders() == null || claim.total() == null) {
            return new ClaimCheck(claim, Verdict.NOT_IN_STUDY, null);
        }
        List<Outcome> outcomes = study.getOutcomes();
        for (Outcome o : outcomes) {
            if (Objects.equals(o.getResponders(), claim.responders()) && Objects.equals(o.getTotal(), claim.total())) {
                return new ClaimCheck(claim, Verdict.AGREES, o);
            }
        }
        for (Outcome o : outcomes) {
            if (o.getTotal() != null && o.getTotal().equals(claim.total())) {
                return new ClaimCheck(claim, Verdict.DISAGREES, o);
            }
        }
        return new ClaimCheck(claim, Verdict.NOT_IN_STUDY, null);
    }

    public static List<ClaimCheck> checkAll(WriteUp writeUp, Study study) {
        return writeUp.getClaims().stream().map(c -> check(c, study)).toList();
    }
}
