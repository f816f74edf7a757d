package org.clinicite.importer.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one legacy {@code <clinical_study>} element (the ClinicalTrials.gov XML of
 * {@code public.xsd}, one study per file) into a {@link Trial}.
 */
final class XmlExtractor {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private XmlExtractor() {
    }

    static Trial extract(XmlElement s) {
        return new Trial(s.text("id_info/nct_id"), s.text("brief_title"), s.text("official_title"),
                textblock(s, "brief_summary/textblock"), textblock(s, "detailed_description/textblock"),
                s.texts("condition"), s.texts("keyword"), design(s),
                s.text("study_first_posted"), Codes.first(s.text("study_first_submitted"), s.text("firstreceived_date")),
                arms(s), interventions(s), planned(s), results(s.first("clinical_results")));
    }

    /**
     * A {@code <textblock>} as prose: the XML wraps lines at 80 columns and indents them;
     * lines of a paragraph are joined, paragraphs kept apart by a blank line.
     */
    static String textblock(XmlElement s, String path) {
        String raw = s.text(path);
        if (raw == null) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(raw)) {
            String joined = SPACES.matcher(p).replaceAll(" ").strip();
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static Trial.Design design(XmlElement s) {
        XmlElement info = s.first("study_design_info");
        XmlElement enrollment = s.first("enrollment");
        List<String> phases = new ArrayList<>();
        String phase = s.text("phase");
        if (phase != null) {
            phases.addAll(List.of(phase.split("/")));
        }
        return new Trial.Design(s.text("study_type"), phases, field(info, "allocation"),
                field(info, "intervention_model"), field(info, "observational_model"), field(info, "time_perspective"),
                field(info, "masking"), List.of(), enrollment == null ? null : enrollment.text(),
                enrollment == null ? null : enrollment.attribute("type"));
    }

    private static String field(XmlElement parent, String name) {
        return parent == null ? null : parent.text(name);
    }

    private static List<Trial.Arm> arms(XmlElement s) {
        List<Trial.Arm> out = new ArrayList<>();
        for (XmlElement a : s.all("arm_group")) {
            out.add(new Trial.Arm(a.text("arm_group_label"), a.text("arm_group_type"), List.of()));
        }
        return out;
    }

    private static List<Trial.Intervention> interventions(XmlElement s) {
        List<Trial.Intervention> out = new ArrayList<>();
        for (XmlElement i : s.all("intervention")) {
            out.add(new Trial.Intervention(i.text("intervention_type"), i.text("intervention_name"),
                    i.texts("other_name"), i.texts("arm_group_label")));
        }
        return out;
    }

    private static List<Trial.PlannedOutcome> planned(XmlElement s) {
        List<Trial.PlannedOutcome> out = new ArrayList<>();
        for (String kind : new String[] {"primary", "secondary", "other"}) {
            for (XmlElement o : s.all(kind + "_outcome")) {
                out.add(new Trial.PlannedOutcome(kind, o.text("measure"), o.text("description"), o.text("time_frame")));
            }
        }
        return out;
    }

    private static TrialResults results(XmlElement r) {
        if (r == null) {
            return TrialResults.NONE;
        }
        List<TrialResults.Measure> measures = new ArrayList<>();
        for (XmlElement o : r.all("outcome_list/outcome")) {
            measures.add(measure(o));
        }
        Map<String, Integer> baseline = participants(r.first("baseline"));
        return new TrialResults(measures, new ArrayList<>(baseline.values()));
    }

    private static TrialResults.Measure measure(XmlElement o) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (XmlElement g : o.all("group_list/group")) {
            String id = g.attribute("group_id");
            if (id != null) {
                groups.put(id, Codes.first(g.text("title"), id));
            }
        }
        XmlElement m = o.first("measure");
        List<TrialResults.MeasureClass> classes = new ArrayList<>();
        if (m != null) {
            for (XmlElement c : m.all("class_list/class")) {
                classes.add(new TrialResults.MeasureClass(c.text("title"), participants(c), categories(c)));
            }
        }
        return new TrialResults.Measure(o.text("type"), o.text("title"), field(m, "param"), field(m, "units"),
                o.text("time_frame"), m != null, groups, participants(m), classes);
    }

    private static List<TrialResults.Category> categories(XmlElement c) {
        List<TrialResults.Category> out = new ArrayList<>();
        for (XmlElement cat : c.all("category_list/category")) {
            Map<String, String> values = new LinkedHashMap<>();
            for (XmlElement v : cat.all("measurement_list/measurement")) {
                String group = v.attribute("group_id");
                String value = v.attribute("value");
                if (group != null && value != null) {
                    values.put(group, value);
                }
            }
            out.add(new TrialResults.Category(cat.text("title"), values));
        }
        return out;
    }

    /** The "Participants" counts of an element's {@code analyzed_list}, by group id. */
    private static Map<String, Integer> participants(XmlElement owner) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (owner == null) {
            return out;
        }
        for (XmlElement a : owner.all("analyzed_list/analyzed")) {
            if (!"PARTICIPANTS".equals(Codes.key(a.text("units")))) {
                continue;
            }
            for (XmlElement c : a.all("count_list/count")) {
                Integer n = Codes.wholeNumber(c.attribute("value"));
                String id = c.attribute("group_id");
                if (id != null && n != null) {
                    out.putIfAbsent(id, n);
                }
            }
        }
        return out;
    }
}
