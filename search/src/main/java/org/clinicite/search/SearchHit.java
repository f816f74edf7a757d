package org.clinicite.search;

import java.util.List;

/**
 * One study found, with what a result list shows. {@code id} is the study's database id,
 * as {@code show} and {@code cite --ids} take it.
 *
 * @param score      relevance (also filled when sorted by year or size)
 * @param design     design code, or null
 * @param n          sample size, or null
 * @param year       publication year, or null
 * @param outcomes   outcome summary lines ("15/19 (79%) &gt; 30% reduction in symptoms, 12 months")
 */
public record SearchHit(String id, float score, String title, String citation, List<Highlight> highlights,
        String design, Integer n, Integer year, List<String> substances, List<String> conditions,
        List<String> outcomes) {
    public SearchHit {
        highlights = List.copyOf(highlights);
        substances = List.copyOf(substances);
        conditions = List.copyOf(conditions);
        outcomes = List.copyOf(outcomes);
    }
}
