package org.clinicite.evidence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.text.TextKeys;

/**
 * What an outcome counts, normalised so that outcomes of different studies can be pooled:
 * "response", "remission", "loss of diagnosis", "reduction ≥ 30%", or the outcome's own
 * text. Outcomes of a control arm (placebo, control, waitlist, sham, usual care) form
 * their own kinds. The rules, in order, are in {@code package-info}.
 *
 * @param key   what groups compare on, e.g. "reduction-30" or "response:control"
 * @param label how the group is shown, e.g. "reduction ≥ 30%"
 */
public record OutcomeKind(String key, String label) {
    private static final Pattern REMISSION = Pattern.compile("\\bremi(ssion|tted|tters?)\\b");
    private static final Pattern LOSS_OF_DIAGNOSIS = Pattern.compile(
            "no longer (met|meet|meets|meeting|fulfil\\w*|qualif\\w*|ha[ds]|have)\\b"
            + "|\\bloss of (the |their )?diagnos|\\blost (the |their )?diagnos"
            + "|\\b(did|do|does) not (meet|fulfil\\w*) (the )?(\\w+ )?criteria|\\bdiagnosis free\\b");
    private static final Pattern RESPONSE = Pattern.compile("\\b(response|responders?|responded)\\b");
    private static final Pattern CHANGE = Pattern.compile("\\b(reduc|decreas|improv|drop|declin|fall|fell)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(%|percent|per cent)");
    private static final Pattern CONTROL_ARM = Pattern.compile(
            "\\b(placebo|control|comparator|waitlist|wait list|sham|usual care|treatment as usual)\\b");
    /** A reduction of at least this much is what trials conventionally call a response. */
    private static final double RESPONSE_THRESHOLD = 50;

    public static OutcomeKind of(Outcome o) {
        String raw = join(o.getMeasure(), o.getDescription(), o.getThreshold()).toLowerCase(Locale.ROOT);
        String folded = TextKeys.fold(raw);
        OutcomeKind kind = byRules(raw, folded, o);
        return CONTROL_ARM.matcher(TextKeys.fold(join(o.getMeasure(), o.getDescription(), null))).find()
                ? new OutcomeKind(kind.key + ":control", kind.label + " (control arm)") : kind;
    }

    private static OutcomeKind byRules(String raw, String folded, Outcome o) {
        if (REMISSION.matcher(folded).find()) {
            return new OutcomeKind("remission", "remission");
        }
        if (LOSS_OF_DIAGNOSIS.matcher(folded).find()) {
            return new OutcomeKind("loss-of-diagnosis", "loss of diagnosis");
        }
        Matcher pct = PERCENT.matcher(raw);
        if (CHANGE.matcher(folded).find() && pct.find()) {
            double threshold = Double.parseDouble(pct.group(1).replace(',', '.'));
            if (threshold == RESPONSE_THRESHOLD) {
                return new OutcomeKind("response", "response");
            }
            String t = threshold == Math.rint(threshold) ? String.valueOf((long) threshold) : String.valueOf(threshold);
            return new OutcomeKind("reduction-" + t, "reduction ≥ " + t + "%");
        }
        if (RESPONSE.matcher(folded).find()) {
            return new OutcomeKind("response", "response");
        }
        // the measure names the outcome (registry results repeat it in the description)
        String text = o.getMeasure() != null && !o.getMeasure().isBlank() ? o.getMeasure()
                : join(o.getDescription(), o.getThreshold(), null);
        String key = TextKeys.fold(text);
        return key.isEmpty() ? new OutcomeKind("unspecified", "unspecified outcome")
                : new OutcomeKind("text:" + key, text.strip());
    }

    private static String join(String a, String b, String c) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {a, b, c}) {
            if (s != null && !s.isBlank()) {
                sb.append(sb.length() > 0 ? " " : "").append(s.strip());
            }
        }
        return sb.toString();
    }
}
