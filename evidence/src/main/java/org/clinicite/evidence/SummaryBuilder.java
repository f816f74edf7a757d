package org.clinicite.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;

/** Turns studies into a {@link Summary}: lines, groups (one line per study each), the rest. */
final class SummaryBuilder {
    private final BiFunction<Study, Integer, String> ids;
    private final double level;
    private final List<OutcomeLine> lines = new ArrayList<>();
    private final List<WithoutNumbers> without = new ArrayList<>();

    SummaryBuilder(BiFunction<Study, Integer, String> ids, double level) {
        this.ids = ids;
        this.level = level;
    }

    Summary build(List<Study> studies) {
        for (int i = 0; i < studies.size(); i++) {
            addStudy(studies.get(i), ids.apply(studies.get(i), i));
        }
        markOneLinePerStudyAndKind();
        return new Summary(lines, groups(), without, level);
    }

    private void addStudy(Study s, String id) {
        String citation = StudyLabels.citation(s);
        String design = StudyLabels.design(s);
        boolean listed = false;
        for (Outcome o : s.getOutcomes()) {
            if (Count.isValid(o.getResponders(), o.getTotal())) {
                Count c = new Count(o.getResponders(), o.getTotal());
                lines.add(new OutcomeLine(id, citation, design, s.sampleSize(), OutcomeText.measure(o), c,
                        Proportions.wilson(c, level), o.getTimepoint(), OutcomeKind.of(o), true));
                listed = true;
            } else if (o.getResponders() != null && o.getTotal() != null) {
                without.add(new WithoutNumbers(id, citation, design, s.sampleSize(), o.summaryLine(),
                        "inconsistent counts"));
                listed = true;
            }
        }
        if (!listed) {
            String reason = s.getOutcomes().isEmpty() ? "no outcomes recorded" : "outcomes without counts";
            without.add(new WithoutNumbers(id, citation, design, s.sampleSize(), null, reason));
        }
    }

    /** A study with several lines of one kind (e.g. time points) enters with its largest total, the first on ties. */
    private void markOneLinePerStudyAndKind() {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OutcomeLine l = lines.get(i);
            String key = l.kind().key() + "\u0000" + l.studyId();
            Integer best = chosen.get(key);
            if (best == null || l.count().total() > lines.get(best).count().total()) {
                chosen.put(key, i);
            }
        }
        Set<Integer> keep = new HashSet<>(chosen.values());
        for (int i = 0; i < lines.size(); i++) {
            if (!keep.contains(i)) {
                lines.set(i, lines.get(i).notPooled());
            }
        }
    }

    private List<OutcomeGroup> groups() {
        Map<String, List<OutcomeLine>> byKind = new LinkedHashMap<>();
        for (OutcomeLine l : lines) {
            byKind.computeIfAbsent(l.kind().key(), k -> new ArrayList<>()).add(l);
        }
        List<OutcomeGroup> groups = new ArrayList<>();
        for (List<OutcomeLine> group : byKind.values()) {
            List<Count> counts = group.stream().filter(OutcomeLine::pooled).map(OutcomeLine::count).toList();
            PooledProportion pooled = counts.size() >= 2 ? PooledProportion.of(counts, level) : null;
            groups.add(new OutcomeGroup(group.get(0).kind(), group, pooled, level));
        }
        groups.sort(Comparator.comparingInt(OutcomeGroup::k).reversed());
        return groups;
    }
}
