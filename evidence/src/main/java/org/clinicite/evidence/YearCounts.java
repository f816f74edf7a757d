package org.clinicite.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicite.core.model.Study;

/**
 * Studies counted by publication year and substance (the first intervention substance, see
 * {@link StudyLabels#substance}), so each study is counted once. Studies without a year are
 * counted apart.
 *
 * @param counts   substance → year → number of studies; substances with the most studies first
 * @param undated  studies without a publication year
 */
public record YearCounts(Map<String, Map<Integer, Integer>> counts, int undated) {

    public static YearCounts of(List<Study> studies) {
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        int undated = 0;
        for (Study s : studies) {
            Integer year = s.getPublished().year();
            if (year == null) {
                undated++;
            } else {
                counts.computeIfAbsent(StudyLabels.substance(s), k -> new TreeMap<>()).merge(year, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Map<Integer, Integer>>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, Map<Integer, Integer>> e) -> total(e.getValue()))
                .reversed().thenComparing(Map.Entry::getKey, String.CASE_INSENSITIVE_ORDER));
        Map<String, Map<Integer, Integer>> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new YearCounts(sorted, undated);
    }

    /** Every year from the first to the last (gaps included, so the axis is to scale). */
    public List<Integer> years() {
        int min = counts.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(i -> i).min().orElse(0);
        int max = counts.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(i -> i).max().orElse(-1);
        List<Integer> years = new ArrayList<>();
        for (int y = min; y <= max; y++) {
            years.add(y);
        }
        return years;
    }

    public int count(String substance, int year) {
        return counts.getOrDefault(substance, Map.of()).getOrDefault(year, 0);
    }

    /** Studies with a year. */
    public int dated() {
        return counts.values().stream().mapToInt(YearCounts::total).sum();
    }

    private static int total(Map<Integer, Integer> byYear) {
        return byYear.values().stream().mapToInt(i -> i).sum();
    }
}
