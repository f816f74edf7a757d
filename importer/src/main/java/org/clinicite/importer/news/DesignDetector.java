package org.clinicite.importer.news;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.importer.text.NumberWords;

/**
 * Reads a study's design from the sentences that describe it (and its title): the most
 * specific design named wins (meta-analysis, systematic review, qualitative follow-up,
 * randomised trial, open-label trial, cohort, case-control, cross-sectional, case report,
 * survey). A trial that is only called "a clinical trial" or "a phase 3 trial" gets a
 * phase but no design: the text does not say how it was designed.
 */
final class DesignDetector {
    private static final Pattern PHASE = Pattern.compile("(?i)\\bphase\\s+(IV|I{1,3}|[1-4][ab]?(?:\\s*/\\s*[1-4][ab]?)?)\\b");
    private static final Pattern BLINDING = Pattern.compile("(?i)\\b(double|triple|single|quadruple)[- ]blind(?:ed)?\\b");
    private static final Pattern OPEN_LABEL = Pattern.compile("(?i)\\bopen[- ]label(?:\\s+[\\w-]+){0,2}?\\s+(?:trial|study)|\\bopen[- ]label\\b");
    private static final Pattern META = Pattern.compile("(?i)\\bmeta-?analys[ie]s(?:\\s+of\\s+(?:" + NumberWords.PATTERN
            + ")\\s+(?:[\\w-]+\\s+)?(?:trials|studies))?");
    private static final Pattern SYSTEMATIC = Pattern.compile("(?i)\\bsystematic review\\b");
    private static final Pattern QUALITATIVE = Pattern.compile("(?i)\\bqualitative\\b");
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\bfollow-?up\\b|\\binterview(?:s|ed)?\\b|\\bretrospective\\b");
    private static final Pattern TRIAL = Pattern.compile("(?i)\\b(?:clinical )?trial\\b");
    private static final Pattern RANDOMISED = Pattern.compile(
            "(?i)(?:\\b(?:a|an|the|this)\\s+)?((?:(?:randomi[sz]ed|double-blind(?:ed)?|triple-blind|single-blind|placebo-controlled|"
            + "controlled|multi-?cent(?:er|re)|multi-?site|international|phase\\s+\\w+(?:/\\w+)?|active-comparator|"
            + "head-to-head|clinical|pivotal|large|small)(?:,\\s*|\\s+)(?:and\\s+)?)*randomi[sz]ed(?:,\\s*|\\s+)(?:and\\s+)?"
            + "(?:(?:double-blind(?:ed)?|triple-blind|single-blind|placebo-controlled|controlled|multi-?cent(?:er|re)|"
            + "phase\\s+\\w+(?:/\\w+)?|clinical|active-comparator)(?:,\\s*|\\s+)(?:and\\s+)?)*(?:trial|study))|"
            + "\\brandomly (?:assigned|allocated)\\b|\\bRCT\\b");
    private static final Pattern OTHER_DESIGNS = Pattern.compile(
            "(?i)\\b(cohort study|prospective cohort|retrospective cohort|cohort|case-control(?: study)?|"
            + "cross-sectional(?: study| survey| analysis)?|case report|survey(?: of (?:" + NumberWords.PATTERN
            + ")(?:\\s+(?:[\\w-]+\\s+)?(?:people|adults|participants|respondents|users|students|women|men|"
            + "veterans|patients|individuals|children|adolescents|Americans))?)?)\\b");

    private DesignDetector() {
    }

    /** The design the sentences describe. */
    static DesignInfo detect(List<String> sentences) {
        String phase = firstGroup(sentences, PHASE).map(DesignDetector::arabicPhase).orElse(null);
        String blinding = firstGroup(sentences, BLINDING).map(b -> b.toLowerCase(Locale.ROOT) + "-blind").orElse(null);
        Optional<DesignInfo> found = first(sentences, META, m -> design(StudyDesign.META_ANALYSIS, m.group(), null, null))
                .or(() -> first(sentences, SYSTEMATIC, m -> design(StudyDesign.SYSTEMATIC_REVIEW, m.group(), null, null)))
                .or(() -> qualitative(sentences, phase))
                .or(() -> first(sentences, RANDOMISED, m -> design(StudyDesign.RCT, rctDetail(m), phase, blinding)))
                .or(() -> first(sentences, OPEN_LABEL, m -> design(StudyDesign.OPEN_LABEL_TRIAL, m.group(), phase,
                        "open-label")))
                .or(() -> first(sentences, OTHER_DESIGNS, m -> design(other(m.group(1)), m.group(1), null, null)));
        return found.orElse(new DesignInfo(null, null, phase, blinding));
    }

    private static DesignInfo design(StudyDesign d, String detail, String phase, String blinding) {
        return new DesignInfo(d, detail == null ? null : detail.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " "), phase, blinding);
    }

    private static String rctDetail(Matcher m) {
        if (m.group(1) != null) {
            return m.group(1);
        }
        return m.group().equalsIgnoreCase("RCT") ? "randomized controlled trial" : "randomized trial";
    }

    /** A qualitative study that follows up a trial: "qualitative follow-up of a phase 2 clinical trial". */
    private static Optional<DesignInfo> qualitative(List<String> sentences, String phase) {
        boolean followUp = sentences.stream().anyMatch(s -> QUALITATIVE.matcher(s).find() && FOLLOW_UP.matcher(s).find());
        if (!followUp) {
            return Optional.empty();
        }
        boolean ofTrial = sentences.stream().anyMatch(s -> TRIAL.matcher(s).find());
        String detail = ofTrial
                ? "qualitative follow-up of a " + (phase == null ? "" : "phase " + phase + " ") + "clinical trial"
                : "qualitative follow-up study";
        return Optional.of(new DesignInfo(StudyDesign.QUALITATIVE_FOLLOW_UP, detail, phase, null));
    }

    private static StudyDesign other(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (c.contains("cohort")) {
            return StudyDesign.COHORT;
        }
        if (c.startsWith("case-control")) {
            return StudyDesign.CASE_CONTROL;
        }
        if (c.startsWith("cross-sectional")) {
            return StudyDesign.CROSS_SECTIONAL;
        }
        return c.startsWith("case report") ? StudyDesign.CASE_REPORT : StudyDesign.SURVEY;
    }

    private static Optional<DesignInfo> first(List<String> sentences, Pattern p, Function<Matcher, DesignInfo> f) {
        for (String s : sentences) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return Optional.of(f.apply(m));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstGroup(List<String> sentences, Pattern p) {
        for (String s : sentences) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String arabicPhase(String phase) {
        String p = phase.replaceAll("\\s+", "");
        return switch (p.toUpperCase(Locale.ROOT)) {
            case "I" -> "1";
            case "II" -> "2";
            case "III" -> "3";
            case "IV" -> "4";
            default -> p.toLowerCase(Locale.ROOT);
        };
    }
}
