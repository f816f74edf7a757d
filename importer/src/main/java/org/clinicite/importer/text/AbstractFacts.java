package org.clinicite.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Mention;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.TextWords;
import org.clinicite.core.vocab.Vocabulary;

/**
 * What bibliographic importers read from free text (title, abstract): the substances
 * and conditions the vocabulary finds ({@link #enrich}), and the sample size and
 * outcomes an abstract states ({@link #addResults}, with the finders the news extraction
 * uses). Never overwrites what the record states in its own fields.
 */
public final class AbstractFacts {
    /** A section label opening a sentence, as PubMed XML and MEDLINE text give them: "RESULTS: ...". */
    private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Z ,/&-]{2,40}):\\s");
    /** Sections about earlier work or the aim, not this study's methods or results. */
    private static final Pattern BACKGROUND_LABEL = Pattern.compile("(?:BACKGROUNDS?|INTRODUCTION|CONTEXT|RATIONALE|"
            + "OBJECTIVES?|AIMS?|PURPOSE|IMPORTANCE|HYPOTHES[IE]S)(?:\\s*(?:AND|&|/|,)\\s*(?:OBJECTIVES?|AIMS?|PURPOSE|"
            + "HYPOTHES[IE]S|IMPORTANCE|CONTEXT))?");
    /** The outcome's description column holds 4,000 characters; its source sentence is kept whole. */
    private static final int MAX_SENTENCE = 4000;
    private final Vocabulary vocabulary;

    public AbstractFacts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Adds the vocabulary terms named in the texts (title, abstract, keywords ...) to the study. */
    public void enrich(Study study, String... texts) {
        List<TextWords> words = new ArrayList<>(texts.length);
        for (String text : texts) {
            if (text != null) {
                words.add(TextWords.of(text)); // split and folded once for both kinds
            }
        }
        for (TermKind kind : TermKind.values()) {
            Map<String, Term> found = new LinkedHashMap<>();
            for (TextWords w : words) {
                for (Mention m : vocabulary.find(kind, w)) {
                    found.putIfAbsent(m.term().key(), m.term());
                }
            }
            TermRole role = kind == TermKind.SUBSTANCE ? TermRole.INTERVENTION : TermRole.STUDIED;
            found.values().forEach(t -> study.addTerm(new StudyTerm(kind, t.key(), t.name(), role, null)));
        }
    }

    /**
     * The sample size and outcomes the abstract states ("n = 120", "120 participants were
     * randomised", "15 of 19 (79%) responded", "response rates were 67% vs 32%"), for a
     * record that has no better structured value: the sample size only when the record
     * gives neither an enrolment nor a number analysed, outcomes only when none of the
     * record's outcomes has numbers (a registry's planned outcomes have none; its posted
     * results do). Sections labelled as background or aim are not read.
     */
    public void addResults(Study study, String abstractText) {
        if (abstractText == null || abstractText.isBlank()) {
            return;
        }
        List<String> sentences = sentences(abstractText);
        List<SentenceSignals> signals = sentences.stream().map(SentenceSignals::of).toList();
        if (study.getEnrolled() == null && study.getAnalysed() == null) {
            SampleSize size = SampleSizeFinder.find(sentences, signals);
            study.setEnrolled(size.enrolled());
            study.setAnalysed(size.analysed());
        }
        if (study.getOutcomes().stream().noneMatch(AbstractFacts::hasNumbers)) {
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                if (sentence.length() > MAX_SENTENCE) {
                    continue; // no sentence end found: not a sentence to quote in an outcome
                }
                for (OutcomeMatch m : OutcomePatterns.find(sentence, signals.get(i))) {
                    study.addOutcome(m.outcome());
                }
            }
        }
    }

    private static boolean hasNumbers(Outcome o) {
        return o.getResponders() != null || o.getTotal() != null || o.getEffectSize() != null;
    }

    /** The sentences of the abstract, without those of a background or aim section. */
    static List<String> sentences(String abstractText) {
        List<String> out = new ArrayList<>();
        boolean background = false;
        int n = abstractText.length();
        for (int start = 0, end; start < n; start = end + 1) {
            // the lines, each stripped: a line of white space between paragraphs gives no sentence
            end = abstractText.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String paragraph = abstractText.substring(start, end).strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            for (String sentence : Sentences.split(paragraph)) {
                Matcher label = LABEL.matcher(sentence);
                if (label.lookingAt()) { // the pattern is anchored at the start: as find() would, without trying every position
                    background = BACKGROUND_LABEL.matcher(label.group(1).strip()).matches();
                }
                if (!background && !sentence.isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }
}
