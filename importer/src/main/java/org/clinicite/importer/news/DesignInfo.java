package org.clinicite.importer.news;

import org.clinicite.core.model.StudyDesign;

/**
 * What a write-up says about a study's design; any part may be null.
 *
 * @param design   the design class
 * @param detail   the design in the text's words ("randomized, double-blind, placebo-controlled trial")
 * @param phase    the trial phase as printed, roman numerals made arabic ("2", "2b", "2/3")
 * @param blinding "double-blind", "triple-blind", "single-blind" or "open-label"
 */
record DesignInfo(StudyDesign design, String detail, String phase, String blinding) {
}
