package org.clinicite.search;

/**
 * One value of a facet and how many studies of the result have it. {@code value} is what
 * is indexed and what a drill-down takes (a term key, a design code, a year, a journal
 * title); {@code label} is what to show (the term's name).
 */
public record FacetValue(String value, String label, int count) {
    public FacetValue withLabel(String newLabel) {
        return new FacetValue(value, newLabel, count);
    }
}
