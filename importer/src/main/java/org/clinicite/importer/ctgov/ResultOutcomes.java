package org.clinicite.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;

/**
 * Posted results mapped onto a study: count-of-participants measures become outcomes
 * with responders of total per group and category; the participants analysed become
 * the study's analysed sample size.
 */
final class ResultOutcomes {
    private ResultOutcomes() {
    }

    static void apply(Study s, TrialResults results) {
        for (TrialResults.Measure m : results.measures()) {
            if (m.posted() && countsParticipants(m)) {
                rows(m).forEach(s::addOutcome);
            }
        }
        s.setAnalysed(analysed(results));
    }

    /** "Count of Participants", or a "Number" whose unit is participants (older records). */
    static boolean countsParticipants(TrialResults.Measure m) {
        String param = Codes.key(m.paramType());
        return param.equals("COUNT_OF_PARTICIPANTS")
                || param.equals("NUMBER") && Codes.key(m.unit()).matches("PARTICIPANTS?");
    }

    /**
     * One outcome per group and category with a whole count: responders = the count,
     * total = the participants analysed in that group (the class's own denominator when it
     * has one). Measure and description both read "title — group" (the group is part of
     * the measure so that two groups with equal counts stay two outcomes); the category
     * counted ("Yes", "Grade 3") is the threshold. Counts above their total are not
     * counts of those participants and are skipped.
     */
    static List<Outcome> rows(TrialResults.Measure m) {
        List<Outcome> out = new ArrayList<>();
        for (TrialResults.MeasureClass c : m.classes()) {
            for (TrialResults.Category cat : c.categories()) {
                for (Map.Entry<String, String> v : cat.values().entrySet()) {
                    Integer n = Codes.wholeNumber(v.getValue());
                    Integer total = c.participants().getOrDefault(v.getKey(), m.participants().get(v.getKey()));
                    if (n == null || total != null && (total == 0 || n > total)) {
                        continue;
                    }
                    out.add(row(m, m.groups().getOrDefault(v.getKey(), v.getKey()), criterion(c, cat), n, total));
                }
            }
        }
        return out;
    }

    private static Outcome row(TrialResults.Measure m, String group, String criterion, int n, Integer total) {
        String label = m.title() == null ? group : m.title() + " — " + group;
        Outcome o = new Outcome(TrialMapper.clip(label, TrialMapper.MAX_DESCRIPTION), n, total,
                TrialMapper.clip(criterion, TrialMapper.MAX_SHORT), TrialMapper.clip(m.timeFrame(), TrialMapper.MAX_SHORT));
        o.setMeasure(TrialMapper.clip(label, TrialMapper.MAX_MEASURE));
        return o;
    }

    private static String criterion(TrialResults.MeasureClass c, TrialResults.Category cat) {
        if (c.title() != null && cat.title() != null) {
            return c.title() + ", " + cat.title();
        }
        return Codes.first(cat.title(), c.title());
    }

    /**
     * The participants analysed: the largest number of participants analysed for a primary
     * outcome (summed over its groups), but never more than the baseline total (groups
     * that share participants, such as crossover periods, time points or PK conditions,
     * add up to more); without a primary outcome with participant counts, the baseline
     * total.
     */
    static Integer analysed(TrialResults results) {
        Integer baseline = baselineTotal(results.baselineParticipants());
        int primary = results.measures().stream()
                .filter(m -> m.posted() && Codes.key(m.type()).equals("PRIMARY"))
                .mapToInt(m -> m.participants().values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(0);
        if (primary == 0) {
            return baseline;
        }
        return baseline == null ? Integer.valueOf(primary) : Integer.valueOf(Math.min(primary, baseline));
    }

    /**
     * The "Total" group's count when the last group is the sum of the others, else the sum
     * of all groups; null when there are none (or none with participants).
     */
    static Integer baselineTotal(List<Integer> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        int last = counts.get(counts.size() - 1);
        int others = counts.subList(0, counts.size() - 1).stream().mapToInt(Integer::intValue).sum();
        int total = counts.size() > 1 && last == others ? last : others + last;
        return total > 0 ? Integer.valueOf(total) : null;
    }
}
