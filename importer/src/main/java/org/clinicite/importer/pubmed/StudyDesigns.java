package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;

/**
 * Design, phase and blinding from what PubMed's indexers state: the publication types
 * ("Randomized Controlled Trial", "Clinical Trial, Phase II", ...) and, for observational
 * studies, the MeSH study-design headings ("Cohort Studies", "Case-Control Studies", ...).
 * The design is left empty when the record does not say it: a plain "Clinical Trial" is
 * not a design of its own, and a narrative "Review" is a publication type, not a study.
 */
final class StudyDesigns {
    /** Publication types that state a design, strongest first (a meta-analysis of RCTs is a meta-analysis). */
    private static final List<Map.Entry<String, StudyDesign>> BY_TYPE = List.of(
            Map.entry("meta-analysis", StudyDesign.META_ANALYSIS),
            Map.entry("network meta-analysis", StudyDesign.META_ANALYSIS),
            Map.entry("systematic review", StudyDesign.SYSTEMATIC_REVIEW),
            Map.entry("randomized controlled trial", StudyDesign.RCT),
            Map.entry("randomized controlled trial, veterinary", StudyDesign.RCT),
            Map.entry("case reports", StudyDesign.CASE_REPORT));
    /** MeSH study-design headings, read only for a record that is not a trial or a review. */
    private static final List<Map.Entry<String, StudyDesign>> BY_HEADING = List.of(
            Map.entry("case-control studies", StudyDesign.CASE_CONTROL),
            Map.entry("cross-sectional studies", StudyDesign.CROSS_SECTIONAL),
            Map.entry("cohort studies", StudyDesign.COHORT),
            Map.entry("prospective studies", StudyDesign.COHORT),
            Map.entry("longitudinal studies", StudyDesign.COHORT));
    private static final Set<String> OBSERVATIONAL = Set.of("observational study", "observational study, veterinary");
    private static final Set<String> TRIALS = Set.of("clinical trial", "controlled clinical trial",
            "pragmatic clinical trial", "adaptive clinical trial", "equivalence trial", "clinical trial, veterinary");
    /** Publication types of texts that are not reports of a study (a design read from their words would be wrong). */
    private static final Set<String> NOT_A_STUDY = Set.of("review", "editorial", "comment", "letter", "news",
            "published erratum", "retraction of publication", "expression of concern", "interview", "biography");
    private static final Pattern PHASE = Pattern.compile("clinical trial, phase (i{1,3}|iv)");
    private static final Pattern OPEN_LABEL = Pattern.compile("\\bopen[- ]label(?:led|ed)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> BLINDING = Map.of(
            "double-blind method", "double-blind",
            "single-blind method", "single-blind");

    private StudyDesigns() {
    }

    /** Sets publication type, design, design detail, phase and blinding on the study. */
    static void apply(Study study, MedlineRecord rec) {
        List<String> types = lower(rec.publicationTypes);
        study.setPublicationType(publicationType(rec));
        study.setPhase(phase(types));
        boolean trial = types.stream().anyMatch(t -> TRIALS.contains(t) || PHASE.matcher(t).matches());
        List<String> detail = designTypes(rec.publicationTypes);
        StudyDesign design = first(BY_TYPE, types);
        boolean reportsStudy = types.stream().noneMatch(NOT_A_STUDY::contains);
        if (design == null && reportsStudy
                && (saysOpenLabel(rec.title) || (trial && saysOpenLabel(rec.abstractText())))) {
            design = StudyDesign.OPEN_LABEL_TRIAL;
        }
        if (design == null && reportsStudy && !trial) {
            design = observational(rec, types, detail);
        }
        study.setDesign(design);
        study.setDesignDetail(detail.isEmpty() ? null : String.join("; ", detail));
        study.setBlinding(blinding(rec, design));
    }

    /** A design from the MeSH study-design headings, else COHORT for a bare "Observational Study". */
    private static StudyDesign observational(MedlineRecord rec, List<String> types, List<String> detail) {
        for (Map.Entry<String, StudyDesign> e : BY_HEADING) {
            for (MedlineRecord.Heading h : rec.meshHeadings) {
                if (h.name().equalsIgnoreCase(e.getKey())) {
                    detail.add(h.name());
                    return e.getValue();
                }
            }
        }
        return types.stream().anyMatch(OBSERVATIONAL::contains) ? StudyDesign.COHORT : null;
    }

    private static StudyDesign first(List<Map.Entry<String, StudyDesign>> ordered, List<String> present) {
        return ordered.stream().filter(e -> present.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /**
     * The publication types joined with "; ", as many as the column holds: when they do
     * not all fit, the funding types ("Research Support, ...") go first, then the last ones.
     */
    private static String publicationType(MedlineRecord rec) {
        List<String> all = rec.publicationTypes.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        List<String> kept = new ArrayList<>(all);
        if (String.join("; ", kept).length() > MedlineStudyMapper.NAME) {
            kept.removeIf(t -> t.toLowerCase(Locale.ROOT).startsWith("research support"));
        }
        while (String.join("; ", kept).length() > MedlineStudyMapper.NAME) {
            kept.remove(kept.size() - 1);
        }
        if (kept.size() < all.size()) {
            rec.warnings.add("publication types too long to store in full; kept: " + String.join("; ", kept));
        }
        return kept.isEmpty() ? null : String.join("; ", kept);
    }

    /** "2", or "1/2" for a trial typed both phase I and phase II; null when no phase is stated. */
    private static String phase(List<String> types) {
        Set<Integer> phases = new TreeSet<>();
        for (String t : types) {
            Matcher m = PHASE.matcher(t);
            if (m.matches()) {
                phases.add(roman(m.group(1)));
            }
        }
        return phases.isEmpty() ? null : String.join("/", phases.stream().map(String::valueOf).toList());
    }

    private static int roman(String r) {
        return r.equals("iv") ? 4 : r.length();
    }

    /** The design-bearing publication types in the source's words, e.g. "Clinical Trial, Phase II". */
    private static List<String> designTypes(List<String> types) {
        List<String> out = new ArrayList<>();
        for (String t : types) {
            String l = t.strip().toLowerCase(Locale.ROOT);
            boolean designType = BY_TYPE.stream().anyMatch(e -> e.getKey().equals(l));
            if (designType || OBSERVATIONAL.contains(l) || TRIALS.contains(l) || PHASE.matcher(l).matches()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    private static String blinding(MedlineRecord rec, StudyDesign design) {
        for (MedlineRecord.Heading h : rec.meshHeadings) {
            String b = BLINDING.get(h.name().toLowerCase(Locale.ROOT));
            if (b != null) {
                return b;
            }
        }
        return design == StudyDesign.OPEN_LABEL_TRIAL ? "open-label" : null;
    }

    /** Whether the text says "open-label": the pattern is run only on a text that has "label" in it. */
    private static boolean saysOpenLabel(String text) {
        return text != null && containsLabel(text) && OPEN_LABEL.matcher(text).find();
    }

    /** "label" in any case (ASCII, as the pattern's case folding; a wider match only costs a regex run). */
    private static boolean containsLabel(String text) {
        for (int i = 0, n = text.length() - 4; i < n; i++) {
            char c = text.charAt(i);
            if ((c == 'l' || c == 'L') && text.regionMatches(true, i, "label", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lower(List<String> list) {
        return list.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
