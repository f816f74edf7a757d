package org.clinicite.core.model;

import java.util.Locale;
import java.util.Optional;

/** The design of a study, as DESIGN.md lists it. Stored by name. */
public enum StudyDesign {
    RCT("randomized controlled trial", "rct"),
    OPEN_LABEL_TRIAL("open-label trial", "open-label"),
    QUALITATIVE_FOLLOW_UP("qualitative follow-up", "qualitative"),
    COHORT("cohort study", "cohort"),
    CASE_CONTROL("case-control study", "case-control"),
    CROSS_SECTIONAL("cross-sectional study", "cross-sectional"),
    CASE_REPORT("case report", "case-report"),
    SYSTEMATIC_REVIEW("systematic review", "systematic-review"),
    META_ANALYSIS("meta-analysis", "meta-analysis"),
    SURVEY("survey", "survey"),
    OTHER("other", "other");

    private final String label;
    private final String code;

    StudyDesign(String label, String code) {
        this.label = label;
        this.code = code;
    }

    /** Human-readable label ("randomized controlled trial"). */
    public String label() {
        return label;
    }

    /** Short code used in JSON and in the query language ({@code design:rct}). */
    public String code() {
        return code;
    }

    /** Parses a code, a label or an enum name, case-insensitively. */
    public static Optional<StudyDesign> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (StudyDesign d : values()) {
            if (d.code.equals(t) || d.label.equals(t) || d.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
