package org.clinicite.importer.text;

/**
 * The sample sizes a write-up states.
 *
 * @param enrolled the number who took part: "90 participants were randomized", "a sample of 120 adults",
 *                 "(n = 19)", "a survey of 2,000 people"
 * @param analysed the number a result is reported for: the M of "N of M participants"
 */
public record SampleSize(Integer enrolled, Integer analysed) {
}
