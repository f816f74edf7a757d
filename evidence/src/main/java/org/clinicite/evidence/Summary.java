package org.clinicite.evidence;

import java.util.List;
import java.util.function.BiFunction;
import org.clinicite.core.model.Study;

/**
 * What {@code clinicite summarize} shows for a set of studies: the outcome table, a pooled
 * proportion per comparable outcome group, and the studies without numeric outcomes.
 * Built from {@link Study} objects, detached or loaded; no database needed.
 *
 * @param lines          every numeric outcome, in study order then outcome order
 * @param groups         one per outcome kind, the largest (by k) first
 * @param withoutNumbers studies (or outcomes) that give no usable count
 * @param level          the confidence level of every interval
 */
public record Summary(List<OutcomeLine> lines, List<OutcomeGroup> groups, List<WithoutNumbers> withoutNumbers,
        double level) {

    public Summary {
        lines = List.copyOf(lines);
        groups = List.copyOf(groups);
        withoutNumbers = List.copyOf(withoutNumbers);
    }

    /** 95 % intervals, ids from {@link StudyLabels#id}. */
    public static Summary of(List<Study> studies) {
        return of(studies, StudyLabels::id, 0.95);
    }

    /**
     * @param ids   the id to show for a study given its position in {@code studies}
     * @param level the confidence level, e.g. 0.95
     */
    public static Summary of(List<Study> studies, BiFunction<Study, Integer, String> ids, double level) {
        return new SummaryBuilder(ids, level).build(studies);
    }
}
