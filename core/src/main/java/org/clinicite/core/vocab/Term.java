package org.clinicite.core.vocab;

import java.util.List;
import java.util.Map;
import org.clinicite.core.model.TermKind;

/**
 * A vocabulary entry: a substance or a condition, or a class grouping them
 * ({@code isClass}: "psychedelic", "mood disorder"), with its synonyms, case-sensitive
 * abbreviations, broader terms and external ids (MeSH, ICD-10, ATC).
 */
public record Term(
        String key,
        TermKind kind,
        String name,
        List<String> synonyms,
        List<String> abbreviations,
        List<String> broader,
        boolean isClass,
        Map<String, String> ids) {

    public Term {
        synonyms = List.copyOf(synonyms);
        abbreviations = List.copyOf(abbreviations);
        broader = List.copyOf(broader);
        ids = Map.copyOf(ids);
    }
}
