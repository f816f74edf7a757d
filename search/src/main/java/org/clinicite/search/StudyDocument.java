package org.clinicite.search;

import java.util.List;
import java.util.Set;

/**
 * What the index holds for one study, built by {@link StudyDocuments#from}: the text that
 * free-text queries search, the keys and numbers that fields match and facets count,
 * and the display values a hit shows without a trip to the database.
 *
 * @param id             the study's database id, as text: what {@code show} and {@code cite --ids} take
 * @param title          searched (boosted) and shown
 * @param abstractText   searched and highlighted
 * @param outcomeText    per outcome: summary line, measure, threshold, source sentence
 * @param findings       key findings
 * @param writeUpText    per covering write-up: headline and body
 * @param authors        family names (or literal names) in order
 * @param journal        journal title, or null
 * @param journalAbbreviation ISO abbreviation, or null (searched with the title)
 * @param outlets        outlets of the covering write-ups
 * @param year           publication year, or null
 * @param sampleSize     analysed, else enrolled, or null
 * @param design         design code ({@code rct}, {@code qualitative}, ...), or null
 * @param phase          normalised phase ({@code 2}, {@code 2/3}), or null
 * @param substanceKeys  vocabulary keys of the substances
 * @param substanceNames their names as stored with the study
 * @param conditionKeys  vocabulary keys of the conditions
 * @param conditionNames their names as stored with the study
 * @param doi            normalised DOI, or null
 * @param pmid           PMID, or null
 * @param nct            NCT number, or null
 * @param has            flags for {@code has:}: {@code news}, {@code outcomes}, {@code results}
 * @param citation       "Barone et al., 2019, Journal of Psychoactive Drugs"
 * @param outcomeLines   {@code Outcome.summaryLine()} of each outcome
 */
public record StudyDocument(
        String id,
        String title,
        String abstractText,
        List<String> outcomeText,
        List<String> findings,
        List<String> writeUpText,
        List<String> authors,
        String journal,
        String journalAbbreviation,
        List<String> outlets,
        Integer year,
        Integer sampleSize,
        String design,
        String phase,
        List<String> substanceKeys,
        List<String> substanceNames,
        List<String> conditionKeys,
        List<String> conditionNames,
        String doi,
        String pmid,
        String nct,
        Set<String> has,
        String citation,
        List<String> outcomeLines) {

    public StudyDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a study document needs an id");
        }
        outcomeText = List.copyOf(outcomeText);
        findings = List.copyOf(findings);
        writeUpText = List.copyOf(writeUpText);
        authors = List.copyOf(authors);
        outlets = List.copyOf(outlets);
        substanceKeys = List.copyOf(substanceKeys);
        substanceNames = List.copyOf(substanceNames);
        conditionKeys = List.copyOf(conditionKeys);
        conditionNames = List.copyOf(conditionNames);
        has = Set.copyOf(has);
        outcomeLines = List.copyOf(outcomeLines);
    }
}
