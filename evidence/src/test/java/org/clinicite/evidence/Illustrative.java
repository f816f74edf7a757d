package org.clinicite.evidence;

import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;

/**
 * ILLUSTRATIVE, FICTIONAL studies for tests: invented authors (tree names) and invented
 * numbers, not claims about any real trial. The only real study used in these tests is the
 * Barone et al. stub of core's {@code SampleStudies} (15 of 19, from the PsyPost article).
 */
final class Illustrative {
    private Illustrative() {
    }

    /** A fictional study: one author per family name given, a year (or null), a design, n, a substance. */
    static Study study(String authors, Integer year, StudyDesign design, Integer n, String substance,
            Outcome... outcomes) {
        Study s = new Study();
        s.setTitle("Illustrative study by " + authors);
        for (String family : authors.split(",")) {
            s.addAuthor(new Authorship(family.strip(), "A."));
        }
        if (year != null) {
            s.setPublished(PartialDate.ofYear(year));
        }
        s.setDesign(design);
        s.setAnalysed(n);
        if (substance != null) {
            s.addTerm(new StudyTerm(TermKind.SUBSTANCE, substance.toLowerCase(java.util.Locale.ROOT), substance,
                    TermRole.INTERVENTION, null));
        }
        for (Outcome o : outcomes) {
            s.addOutcome(o);
        }
        return s;
    }

    static Outcome lossOfDiagnosis(int x, int n, String timepoint) {
        return new Outcome("no longer met PTSD criteria", x, n, null, timepoint);
    }

    /** Five fictional trials reporting loss of PTSD diagnosis, for the forest plot. */
    static java.util.List<Study> lossOfDiagnosisTrials() {
        return java.util.List.of(
                study("Alder, Birch, Cedar", 2018, StudyDesign.RCT, 42, "MDMA", lossOfDiagnosis(28, 42, "18 weeks")),
                study("Hazel, Juniper", 2020, StudyDesign.RCT, 24, "MDMA", lossOfDiagnosis(13, 24, "2 months")),
                study("Larch", 2021, StudyDesign.OPEN_LABEL_TRIAL, 12, "MDMA", lossOfDiagnosis(10, 12, "12 months")),
                study("Maple, Oak, Pine, Rowan", 2022, StudyDesign.RCT, 88, "MDMA",
                        lossOfDiagnosis(41, 88, "18 weeks")),
                study("Willow, Yew", 2023, StudyDesign.COHORT, 30, "MDMA", lossOfDiagnosis(20, 30, "6 months")));
    }
}
