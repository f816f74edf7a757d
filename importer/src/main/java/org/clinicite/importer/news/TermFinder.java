package org.clinicite.importer.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Mention;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/**
 * The substances and conditions a write-up's study is about, found with the vocabulary.
 * A term counts when the headline or the study's title names it, when a sentence about
 * the study names it, or when the text names it at least twice; background sentences
 * ("previous studies …") do not count. Substances are interventions, except one named
 * after "versus" / "compared with" that is not the first substance named (a comparator).
 * Conditions are studied; a qualifier written just before a condition
 * ("treatment-resistant PTSD") is kept on the term; conditions named only as harms
 * ("side effects such as headache") or as the participants' other conditions ("many of
 * whom also had depression") do not count. A term whose narrower term was also
 * found is dropped ("depression" beside "treatment-resistant depression").
 */
final class TermFinder {
    private static final Pattern COMPARATOR_CUE = Pattern.compile("(?i)(?:\\bversus|\\bvs\\.?|\\bcompared(?:\\s+\\S+){0,4}\\s+"
            + "(?:with|to|against)|\\bagainst|\\brather than|\\binstead of|\\bor)\\s+(?:(?:the|a|an|standard|"
            + "antidepressant|SSRI|drug|medication|common|commonly|prescribed|widely|used|conventional)\\s+){0,4}$");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(treatment[- ]resistant|treatment[- ]refractory|"
            + "refractory|chronic|severe|moderate[- ]to[- ]severe|mild[- ]to[- ]moderate|recurrent|persistent|"
            + "late[- ]life|comorbid|long-standing|intractable)\\s+$");
    /** "… many of whom also had depression or a history of alcohol use": other conditions of the participants. */
    private static final Pattern COMORBIDITY = Pattern.compile("(?i)\\b(?:also (?:had|have|has)|history of|comorbid|"
            + "co-occurring|many of whom|in addition to)\\b[^.;:]*$");
    private static final int MIN_MENTIONS = 2;
    private static final int CUE_WINDOW = 80;

    private final Vocabulary vocabulary;

    TermFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param keyTexts  texts whose every mention counts: the headline, the study's title
     * @param studyText sentences about the study (each mention counts)
     * @param otherText the remaining non-background sentences (terms need two mentions there)
     */
    List<StudyTerm> find(List<String> keyTexts, List<String> studyText, List<String> otherText) {
        List<StudyTerm> out = new ArrayList<>();
        out.addAll(terms(TermKind.SUBSTANCE, keyTexts, studyText, otherText));
        out.addAll(terms(TermKind.CONDITION, keyTexts, studyText, otherText));
        return out;
    }

    private List<StudyTerm> terms(TermKind kind, List<String> keyTexts, List<String> studyText, List<String> other) {
        Map<String, TermEvidence> evidence = new LinkedHashMap<>();
        collect(kind, studyText, evidence, true);
        collect(kind, keyTexts, evidence, true);
        collect(kind, other, evidence, false);
        List<StudyTerm> out = new ArrayList<>();
        boolean first = true;
        for (TermEvidence e : evidence.values()) {
            if (e.counts() && !hasNarrowerIn(e.term.key(), evidence)) {
                out.add(e.toStudyTerm(kind, first));
                first = false;
            }
        }
        return out;
    }

    /** Whether another counted term lies below this one in the vocabulary's hierarchy. */
    private boolean hasNarrowerIn(String key, Map<String, TermEvidence> evidence) {
        return evidence.values().stream().anyMatch(e -> e.counts() && vocabulary.ancestors(e.term.key()).contains(key));
    }

    private void collect(TermKind kind, List<String> texts, Map<String, TermEvidence> evidence, boolean key) {
        for (String text : texts) {
            if (kind == TermKind.CONDITION && SideEffects.mentions(text)) {
                continue;
            }
            for (Mention m : vocabulary.find(kind, text)) {
                String before = text.substring(Math.max(0, m.start() - CUE_WINDOW), m.start());
                if (COMORBIDITY.matcher(before).find()) {
                    continue;
                }
                TermEvidence e = evidence.computeIfAbsent(m.term().key(), k -> new TermEvidence(m.term()));
                e.add(key, COMPARATOR_CUE.matcher(before).find(), qualifier(before));
            }
        }
    }

    private static String qualifier(String before) {
        Matcher q = QUALIFIER.matcher(before);
        return q.find() ? q.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** What the text says about one term. */
    private static final class TermEvidence {
        private final Term term;
        private int mentions;
        private boolean named;
        private boolean comparedAgainst;
        private String qualifier;

        TermEvidence(Term term) {
            this.term = term;
        }

        void add(boolean key, boolean comparator, String qualifierWords) {
            mentions++;
            named |= key;
            comparedAgainst |= comparator;
            qualifier = qualifier != null ? qualifier : qualifierWords;
        }

        boolean counts() {
            return named || mentions >= MIN_MENTIONS;
        }

        StudyTerm toStudyTerm(TermKind kind, boolean firstOfKind) {
            TermRole role = kind == TermKind.CONDITION ? TermRole.STUDIED
                    : comparedAgainst && !firstOfKind ? TermRole.COMPARATOR : TermRole.INTERVENTION;
            return new StudyTerm(kind, term.key(), term.name(), role, qualifier);
        }
    }
}
