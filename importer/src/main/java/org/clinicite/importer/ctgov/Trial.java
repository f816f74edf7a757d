package org.clinicite.importer.ctgov;

import java.util.List;

/**
 * What clinicite reads from one ClinicalTrials.gov study, the same for all three shapes
 * (API v2 JSON, API v1 JSON, legacy XML): the source's values as text, not yet
 * interpreted. Coded values keep the source's spelling ("RANDOMIZED", "Randomized");
 * {@link Codes#key} makes them comparable. Absent values are null, absent lists empty.
 */
record Trial(
        String nctId,
        String briefTitle,
        String officialTitle,
        String briefSummary,
        String detailedDescription,
        List<String> conditions,
        List<String> keywords,
        Design design,
        String firstPosted,
        String firstSubmitted,
        List<Arm> arms,
        List<Intervention> interventions,
        List<PlannedOutcome> plannedOutcomes,
        TrialResults results) {

    Trial {
        conditions = List.copyOf(conditions);
        keywords = List.copyOf(keywords);
        arms = List.copyOf(arms);
        interventions = List.copyOf(interventions);
        plannedOutcomes = List.copyOf(plannedOutcomes);
    }

    /** The design module: study type, phases, allocation, models, masking, enrollment. */
    record Design(
            String studyType,
            List<String> phases,
            String allocation,
            String interventionModel,
            String observationalModel,
            String timePerspective,
            String masking,
            List<String> whoMasked,
            String enrollment,
            String enrollmentType) {

        Design {
            phases = List.copyOf(phases);
            whoMasked = List.copyOf(whoMasked);
        }
    }

    /** An arm (or observational group): its label, type ("PLACEBO_COMPARATOR") and interventions ("Drug: placebo"). */
    record Arm(String label, String type, List<String> interventionNames) {
        Arm {
            interventionNames = List.copyOf(interventionNames);
        }
    }

    /** An intervention: type ("DRUG"), name, other names and the labels of the arms that receive it. */
    record Intervention(String type, String name, List<String> otherNames, List<String> armLabels) {
        Intervention {
            otherNames = List.copyOf(otherNames);
            armLabels = List.copyOf(armLabels);
        }
    }

    /** A registered (planned) outcome measure: primary, secondary or other. */
    record PlannedOutcome(String kind, String measure, String description, String timeFrame) {
    }
}
