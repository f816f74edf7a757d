package org.clinicite.importer.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;

/**
 * The design module mapped onto a study: {@link StudyDesign}, the design in the source's
 * words, phase, blinding and (actual) enrollment.
 */
final class DesignMapping {
    /** What an unmasked ("None (Open Label)", "NONE") study's blinding reads. */
    static final String OPEN_LABEL = "open label";

    private DesignMapping() {
    }

    static void apply(Study s, Trial.Design d, Consumer<String> warn) {
        s.setPhase(phase(d.phases()));
        String blinding = blinding(d.masking(), d.whoMasked());
        s.setBlinding(TrialMapper.clip(blinding, TrialMapper.MAX_SHORT));
        s.setDesign(design(d, blinding));
        Integer count = d.enrollment() == null ? null : Codes.wholeNumber(d.enrollment());
        if (d.enrollment() != null && count == null) {
            warn.accept("enrollment '" + d.enrollment() + "' is not a number; ignored");
        }
        boolean actual = "ACTUAL".equals(Codes.key(d.enrollmentType()));
        if (count != null && actual) {
            s.setEnrolled(count);
        }
        s.setDesignDetail(TrialMapper.clip(detail(d, actual ? null : count), TrialMapper.MAX_MEASURE));
    }

    /**
     * "PHASE1"+"PHASE2", "Phase 1/Phase 2" and ["Phase 1", "Phase 2"] give "1/2";
     * "EARLY_PHASE1" gives "early-1"; "NA" / "N/A" / "Not Applicable" give nothing.
     */
    static String phase(List<String> phases) {
        Set<String> parts = new LinkedHashSet<>();
        for (String p : phases) {
            for (String piece : p.split("/")) {
                String k = Codes.key(piece).replace("_", "");
                if (k.matches("PHASE\\d")) {
                    parts.add(k.substring(5));
                } else if (k.matches("EARLYPHASE\\d")) {
                    parts.add("early-" + k.substring(10));
                }
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /**
     * "NONE" / "None (Open Label)" give "open label"; "DOUBLE" with who is masked gives
     * "double (participant, investigator)"; the XML's "Double (Participant, Investigator)"
     * gives the same.
     */
    static String blinding(String masking, List<String> whoMasked) {
        if (masking == null) {
            return null;
        }
        if (Codes.key(masking).startsWith("NONE")) {
            return OPEN_LABEL;
        }
        String b = Codes.words(masking);
        if (!whoMasked.isEmpty() && !b.contains("(")) {
            b += whoMasked.stream().map(Codes::words).collect(Collectors.joining(", ", " (", ")"));
        }
        return b;
    }

    /**
     * Interventional: randomized is an RCT; non-randomized or single-group and open label
     * is an open-label trial; anything else is other. Observational: cohort, case-control,
     * else a cross-sectional time perspective, else other. Expanded access: other.
     */
    static StudyDesign design(Trial.Design d, String blinding) {
        String type = Codes.key(d.studyType());
        if (type.isEmpty()) {
            return null;
        }
        if (type.startsWith("INTERVENTIONAL")) {
            return interventional(d, blinding);
        }
        if (type.startsWith("OBSERVATIONAL")) {
            return observational(d);
        }
        return StudyDesign.OTHER;
    }

    private static StudyDesign interventional(Trial.Design d, String blinding) {
        String allocation = Codes.key(d.allocation());
        if (allocation.equals("RANDOMIZED")) {
            return StudyDesign.RCT;
        }
        boolean uncontrolled = allocation.equals("NON_RANDOMIZED") || Codes.key(d.interventionModel()).startsWith("SINGLE_GROUP");
        return uncontrolled && OPEN_LABEL.equals(blinding) ? StudyDesign.OPEN_LABEL_TRIAL : StudyDesign.OTHER;
    }

    private static StudyDesign observational(Trial.Design d) {
        String model = Codes.key(d.observationalModel());
        if (model.equals("COHORT")) {
            return StudyDesign.COHORT;
        }
        if (model.equals("CASE_CONTROL")) {
            return StudyDesign.CASE_CONTROL;
        }
        if (Codes.key(d.timePerspective()).equals("CROSS_SECTIONAL")) {
            return StudyDesign.CROSS_SECTIONAL;
        }
        return StudyDesign.OTHER;
    }

    /**
     * "interventional, randomized, parallel assignment" or "observational, cohort,
     * prospective"; a count that is not the actual enrollment is added as
     * "anticipated enrollment 600".
     */
    static String detail(Trial.Design d, Integer plannedCount) {
        List<String> parts = new ArrayList<>();
        for (String v : new String[] {d.studyType(), d.allocation(), d.interventionModel(), d.observationalModel(),
                d.timePerspective()}) {
            String k = Codes.key(v);
            if (!k.isEmpty() && !k.equals("NA") && !k.equals("N_A") && !k.equals("OTHER")) {
                parts.add(Codes.words(v));
            }
        }
        if (plannedCount != null) {
            parts.add(d.enrollmentType() == null ? "enrollment " + plannedCount + " (not stated as actual)"
                    : Codes.words(d.enrollmentType()) + " enrollment " + plannedCount);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
