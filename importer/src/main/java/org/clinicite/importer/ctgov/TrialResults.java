package org.clinicite.importer.ctgov;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posted results of a study, as far as clinicite uses them: the outcome measures
 * with their groups, participant denominators and values, and the number of
 * participants per baseline group (in the source's group order, a "Total" group last
 * when there is one).
 *
 * @param measures             the result outcome measures, in source order
 * @param baselineParticipants the baseline "Participants" denominators, one per group
 */
record TrialResults(List<Measure> measures, List<Integer> baselineParticipants) {
    static final TrialResults NONE = new TrialResults(List.of(), List.of());

    TrialResults {
        measures = List.copyOf(measures);
        baselineParticipants = List.copyOf(baselineParticipants);
    }

    /**
     * One result outcome measure.
     *
     * @param type         "PRIMARY", "Primary", "SECONDARY" ...
     * @param title        the measure's title
     * @param paramType    "COUNT_OF_PARTICIPANTS", "Count of Participants", "MEAN", "Number" ...
     * @param unit         the unit of measure ("Participants", "mg/L")
     * @param timeFrame    the time frame
     * @param posted       false when the source says the measure's data are not posted
     * @param groups       group id to group title, in source order
     * @param participants group id to the number of participants analysed
     * @param classes      the measure's classes (rows), each with categories of values
     */
    record Measure(String type, String title, String paramType, String unit, String timeFrame, boolean posted,
            Map<String, String> groups, Map<String, Integer> participants, List<MeasureClass> classes) {

        Measure {
            groups = ordered(groups);
            participants = ordered(participants);
            classes = List.copyOf(classes);
        }
    }

    /** A class of a measure ("Female"; often untitled), with its own participant denominators if it has any. */
    record MeasureClass(String title, Map<String, Integer> participants, List<Category> categories) {
        MeasureClass {
            participants = ordered(participants);
            categories = List.copyOf(categories);
        }
    }

    /** A category of a class ("Yes"; often untitled): group id to the value as written. */
    record Category(String title, Map<String, String> values) {
        Category {
            values = ordered(values);
        }
    }

    /** An unmodifiable copy that keeps the source's order. */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
