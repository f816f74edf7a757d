package org.clinicite.importer.ctgov;

import static org.clinicite.importer.ctgov.JsonFields.list;
import static org.clinicite.importer.ctgov.JsonFields.text;
import static org.clinicite.importer.ctgov.JsonFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one legacy API v1 {@code Study} object (an element of
 * {@code FullStudiesResponse.FullStudies[].Study}) into a {@link Trial}. The v1 model
 * has the v2 modules with PascalCase names, every list wrapped in an object
 * ({@code "ConditionList": {"Condition": [...]}}) and numbers as strings.
 */
final class V1Extractor {
    private V1Extractor() {
    }

    static Trial extract(JsonNode study) {
        JsonNode p = study.path("ProtocolSection");
        JsonNode id = p.path("IdentificationModule");
        JsonNode status = p.path("StatusModule");
        JsonNode description = p.path("DescriptionModule");
        JsonNode conditions = p.path("ConditionsModule");
        JsonNode arms = p.path("ArmsInterventionsModule");
        return new Trial(text(id, "NCTId"), text(id, "BriefTitle"), text(id, "OfficialTitle"),
                text(description, "BriefSummary"), text(description, "DetailedDescription"),
                texts(conditions, "ConditionList", "Condition"), texts(conditions, "KeywordList", "Keyword"),
                design(p.path("DesignModule")),
                text(status, "StudyFirstPostDateStruct", "StudyFirstPostDate"), text(status, "StudyFirstSubmitDate"),
                arms(arms), interventions(arms), planned(p.path("OutcomesModule")),
                results(study.path("ResultsSection")));
    }

    private static Trial.Design design(JsonNode d) {
        JsonNode info = d.path("DesignInfo");
        JsonNode masking = info.path("DesignMaskingInfo");
        List<String> observational = texts(info, "DesignObservationalModelList", "DesignObservationalModel");
        List<String> perspective = texts(info, "DesignTimePerspectiveList", "DesignTimePerspective");
        return new Trial.Design(text(d, "StudyType"), texts(d, "PhaseList", "Phase"), text(info, "DesignAllocation"),
                text(info, "DesignInterventionModel"), observational.isEmpty() ? null : observational.get(0),
                perspective.isEmpty() ? null : perspective.get(0), text(masking, "DesignMasking"),
                texts(masking, "DesignWhoMaskedList", "DesignWhoMasked"),
                text(d, "EnrollmentInfo", "EnrollmentCount"), text(d, "EnrollmentInfo", "EnrollmentType"));
    }

    private static List<Trial.Arm> arms(JsonNode module) {
        List<Trial.Arm> out = new ArrayList<>();
        for (JsonNode a : list(module, "ArmGroupList", "ArmGroup")) {
            out.add(new Trial.Arm(text(a, "ArmGroupLabel"), text(a, "ArmGroupType"),
                    texts(a, "ArmGroupInterventionList", "ArmGroupInterventionName")));
        }
        return out;
    }

    private static List<Trial.Intervention> interventions(JsonNode module) {
        List<Trial.Intervention> out = new ArrayList<>();
        for (JsonNode i : list(module, "InterventionList", "Intervention")) {
            out.add(new Trial.Intervention(text(i, "InterventionType"), text(i, "InterventionName"),
                    texts(i, "InterventionOtherNameList", "InterventionOtherName"),
                    texts(i, "InterventionArmGroupLabelList", "InterventionArmGroupLabel")));
        }
        return out;
    }

    private static List<Trial.PlannedOutcome> planned(JsonNode module) {
        List<Trial.PlannedOutcome> out = new ArrayList<>();
        for (String kind : new String[] {"Primary", "Secondary", "Other"}) {
            for (JsonNode o : list(module, kind + "OutcomeList", kind + "Outcome")) {
                out.add(new Trial.PlannedOutcome(kind.toLowerCase(java.util.Locale.ROOT),
                        text(o, kind + "OutcomeMeasure"), text(o, kind + "OutcomeDescription"),
                        text(o, kind + "OutcomeTimeFrame")));
            }
        }
        return out;
    }

    private static TrialResults results(JsonNode r) {
        if (!r.isObject()) {
            return TrialResults.NONE;
        }
        List<TrialResults.Measure> measures = new ArrayList<>();
        for (JsonNode m : list(r, "OutcomeMeasuresModule", "OutcomeMeasureList", "OutcomeMeasure")) {
            measures.add(measure(m));
        }
        Map<String, Integer> baseline = JsonFields.participants(
                list(r, "BaselineCharacteristicsModule", "BaselineDenomList", "BaselineDenom"), "BaselineDenomUnits",
                new String[] {"BaselineDenomCountList", "BaselineDenomCount"}, "BaselineDenomCountGroupId",
                "BaselineDenomCountValue");
        return new TrialResults(measures, new ArrayList<>(baseline.values()));
    }

    private static TrialResults.Measure measure(JsonNode m) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (JsonNode g : list(m, "OutcomeGroupList", "OutcomeGroup")) {
            String id = text(g, "OutcomeGroupId");
            if (id != null) {
                groups.put(id, Codes.first(text(g, "OutcomeGroupTitle"), id));
            }
        }
        Map<String, Integer> participants = JsonFields.participants(list(m, "OutcomeDenomList", "OutcomeDenom"),
                "OutcomeDenomUnits", new String[] {"OutcomeDenomCountList", "OutcomeDenomCount"},
                "OutcomeDenomCountGroupId", "OutcomeDenomCountValue");
        List<TrialResults.MeasureClass> classes = new ArrayList<>();
        for (JsonNode c : list(m, "OutcomeClassList", "OutcomeClass")) {
            classes.add(measureClass(c));
        }
        boolean posted = !"NOT_POSTED".equals(Codes.key(text(m, "OutcomeMeasureReportingStatus")));
        return new TrialResults.Measure(text(m, "OutcomeMeasureType"), text(m, "OutcomeMeasureTitle"),
                text(m, "OutcomeMeasureParamType"), text(m, "OutcomeMeasureUnitOfMeasure"),
                text(m, "OutcomeMeasureTimeFrame"), posted, groups, participants, classes);
    }

    private static TrialResults.MeasureClass measureClass(JsonNode c) {
        Map<String, Integer> participants = JsonFields.participants(list(c, "OutcomeClassDenomList", "OutcomeClassDenom"),
                "OutcomeClassDenomUnits", new String[] {"OutcomeClassDenomCountList", "OutcomeClassDenomCount"},
                "OutcomeClassDenomCountGroupId", "OutcomeClassDenomCountValue");
        List<TrialResults.Category> categories = new ArrayList<>();
        for (JsonNode cat : list(c, "OutcomeCategoryList", "OutcomeCategory")) {
            Map<String, String> values = new LinkedHashMap<>();
            for (JsonNode v : list(cat, "OutcomeMeasurementList", "OutcomeMeasurement")) {
                String group = text(v, "OutcomeMeasurementGroupId");
                String value = text(v, "OutcomeMeasurementValue");
                if (group != null && value != null) {
                    values.put(group, value);
                }
            }
            categories.add(new TrialResults.Category(text(cat, "OutcomeCategoryTitle"), values));
        }
        return new TrialResults.MeasureClass(text(c, "OutcomeClassTitle"), participants, categories);
    }

    /** Whether the tree is a v1 study: it has a {@code ProtocolSection} object. */
    static boolean isStudy(JsonNode node) {
        return node.path("ProtocolSection").isObject();
    }
}
