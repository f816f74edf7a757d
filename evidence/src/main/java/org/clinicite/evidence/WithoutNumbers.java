package org.clinicite.evidence;

/**
 * A study, or one outcome of it, that gives no usable count: listed, never dropped.
 *
 * @param outcome the outcome's summary line when one outcome is meant, null for the whole study
 * @param reason  e.g. "no outcomes recorded", "outcomes without counts", "inconsistent counts"
 */
public record WithoutNumbers(String studyId, String citation, String design, Integer n, String outcome,
        String reason) {
}
