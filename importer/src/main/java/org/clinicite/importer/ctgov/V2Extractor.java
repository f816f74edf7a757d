package org.clinicite.importer.ctgov;

import static org.clinicite.importer.ctgov.JsonFields.at;
import static org.clinicite.importer.ctgov.JsonFields.list;
import static org.clinicite.importer.ctgov.JsonFields.text;
import static org.clinicite.importer.ctgov.JsonFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one API v2 study object ({@code {"protocolSection": {...}, "resultsSection": {...}}})
 * into a {@link Trial}. Field names as in the v2 data model (camelCase modules).
 */
final class V2Extractor {
    private static final String[] COUNTS = {"counts"};

    private V2Extractor() {
    }

    static Trial extract(JsonNode study) {
        JsonNode p = study.path("protocolSection");
        JsonNode id = p.path("identificationModule");
        JsonNode status = p.path("statusModule");
        JsonNode description = p.path("descriptionModule");
        JsonNode conditions = p.path("conditionsModule");
        JsonNode arms = p.path("armsInterventionsModule");
        return new Trial(text(id, "nctId"), text(id, "briefTitle"), text(id, "officialTitle"),
                text(description, "briefSummary"), text(description, "detailedDescription"),
                texts(conditions, "conditions"), texts(conditions, "keywords"),
                design(p.path("designModule")),
                text(status, "studyFirstPostDateStruct", "date"), text(status, "studyFirstSubmitDate"),
                arms(arms), interventions(arms), planned(p.path("outcomesModule")),
                results(study.path("resultsSection")));
    }

    private static Trial.Design design(JsonNode d) {
        JsonNode info = d.path("designInfo");
        return new Trial.Design(text(d, "studyType"), texts(d, "phases"), text(info, "allocation"),
                text(info, "interventionModel"), text(info, "observationalModel"), text(info, "timePerspective"),
                text(info, "maskingInfo", "masking"), texts(info, "maskingInfo", "whoMasked"),
                text(d, "enrollmentInfo", "count"), text(d, "enrollmentInfo", "type"));
    }

    private static List<Trial.Arm> arms(JsonNode module) {
        List<Trial.Arm> out = new ArrayList<>();
        for (JsonNode a : list(module, "armGroups")) {
            out.add(new Trial.Arm(text(a, "label"), text(a, "type"), texts(a, "interventionNames")));
        }
        return out;
    }

    private static List<Trial.Intervention> interventions(JsonNode module) {
        List<Trial.Intervention> out = new ArrayList<>();
        for (JsonNode i : list(module, "interventions")) {
            out.add(new Trial.Intervention(text(i, "type"), text(i, "name"), texts(i, "otherNames"),
                    texts(i, "armGroupLabels")));
        }
        return out;
    }

    private static List<Trial.PlannedOutcome> planned(JsonNode module) {
        List<Trial.PlannedOutcome> out = new ArrayList<>();
        String[][] kinds = {{"primaryOutcomes", "primary"}, {"secondaryOutcomes", "secondary"}, {"otherOutcomes", "other"}};
        for (String[] kind : kinds) {
            for (JsonNode o : list(module, kind[0])) {
                out.add(new Trial.PlannedOutcome(kind[1], text(o, "measure"), text(o, "description"),
                        text(o, "timeFrame")));
            }
        }
        return out;
    }

    private static TrialResults results(JsonNode r) {
        if (!r.isObject()) {
            return TrialResults.NONE;
        }
        List<TrialResults.Measure> measures = new ArrayList<>();
        for (JsonNode m : list(r, "outcomeMeasuresModule", "outcomeMeasures")) {
            measures.add(measure(m));
        }
        Map<String, Integer> baseline = JsonFields.participants(list(r, "baselineCharacteristicsModule", "denoms"),
                "units", COUNTS, "groupId", "value");
        return new TrialResults(measures, new ArrayList<>(baseline.values()));
    }

    private static TrialResults.Measure measure(JsonNode m) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (JsonNode g : list(m, "groups")) {
            String id = text(g, "id");
            if (id != null) {
                groups.put(id, Codes.first(text(g, "title"), id));
            }
        }
        List<TrialResults.MeasureClass> classes = new ArrayList<>();
        for (JsonNode c : list(m, "classes")) {
            classes.add(new TrialResults.MeasureClass(text(c, "title"), denominators(c), categories(c)));
        }
        boolean posted = !"NOT_POSTED".equals(Codes.key(text(m, "reportingStatus")));
        return new TrialResults.Measure(text(m, "type"), text(m, "title"), text(m, "paramType"),
                text(m, "unitOfMeasure"), text(m, "timeFrame"), posted, groups, denominators(m), classes);
    }

    private static Map<String, Integer> denominators(JsonNode owner) {
        return JsonFields.participants(list(owner, "denoms"), "units", COUNTS, "groupId", "value");
    }

    private static List<TrialResults.Category> categories(JsonNode c) {
        List<TrialResults.Category> out = new ArrayList<>();
        for (JsonNode cat : list(c, "categories")) {
            Map<String, String> values = new LinkedHashMap<>();
            for (JsonNode v : list(cat, "measurements")) {
                String group = text(v, "groupId");
                String value = text(v, "value");
                if (group != null && value != null) {
                    values.put(group, value);
                }
            }
            out.add(new TrialResults.Category(text(cat, "title"), values));
        }
        return out;
    }

    /** Whether the tree is a v2 study: it has a {@code protocolSection} object. */
    static boolean isStudy(JsonNode node) {
        return at(node, "protocolSection").isObject();
    }
}
