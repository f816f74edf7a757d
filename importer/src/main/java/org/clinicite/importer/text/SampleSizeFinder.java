package org.clinicite.importer.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sample sizes in the sentences that describe a study. Only exact numbers are taken:
 * "more than 2,000 people" or "about 60 patients" give nothing, since the study's
 * number is not stated.
 */
public final class SampleSizeFinder {
    private static final String NUM = "(" + NumberWords.PATTERN + ")";
    private static final String ADJECTIVES = "(?:[\\w-]+\\s+){0,3}?";
    private static final String PEOPLE = "(?:participants|patients|people|persons|adults|volunteers|subjects|individuals|"
            + "veterans|men|women|children|adolescents|teenagers|students|respondents|smokers|users|"
            + "first responders|police officers|firefighters|service members|outpatients|inpatients)\\b";
    private static final Pattern APPROXIMATE = Pattern.compile("(?i)\\b(?:more than|over|nearly|almost|about|around|"
            + "approximately|roughly|some|up to|at least|fewer than|less than|under|(?:a\\s+)?maximum of|target of)\\s+$");
    /** "(n = 19)", "n = 120", "N=48": the whole sample unless the sentence gives several (one per group). */
    private static final Pattern N_EQUALS = Pattern.compile("(?i)\\bn\\s*=\\s*(\\d[\\d,]*)(?![\\d.,]*\\d)");
    /** Animals, cells or specimens: a preclinical "n = 12 mice" or "(n = 8 per group)" is not a sample of people. */
    private static final Pattern NOT_PEOPLE = Pattern.compile("(?i)\\b(?:mice|mouse|rats?|rodents?|animals?|dogs?|pigs?|"
            + "piglets?|sheep|rabbits?|hamsters?|primates?|monkeys?|macaques?|zebrafish|cells?|cultures?|samples|"
            + "specimens?|biops(?:y|ies)|tissues?|eyes|teeth|per group|each group|per arm)\\b");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b" + NUM + "\\s+" + ADJECTIVES + PEOPLE
            + "(?:\\s+[^,.;]{0,60}?)?\\s+(?:were|was|had been|have been)\\s+(?:randomly\\s+)?"
            + "(?:randomi[sz]ed|assigned|allocated|enrolled|recruited|included|studied|followed|surveyed|treated|given|dosed)");
    private static final Pattern ACTIVE = Pattern.compile("(?i)\\b(?:randomi[sz]ed|enrolled|recruited|included|involved|"
            + "involving|including|studied|followed|surveyed|assigned|treated|gave|given|dosed|among|with|in|of)\\s+"
            + "(?:a total of\\s+|all\\s+)?"
            + NUM + "\\s+" + ADJECTIVES + PEOPLE);
    private static final Pattern SAMPLE_OF = Pattern.compile("(?i)\\b(?:(?:(?:a|an|the|this|their)\\s+)?"
            + "(?:sample|survey|group|cohort|poll) of|a total of)\\s+" + NUM + "\\b");
    private static final Pattern COUNT_OF = Pattern.compile("(?i)(?<![\\d.,])" + NUM + "\\s+(?:of|out of)\\s+"
            + "(?:the\\s+|all\\s+|these\\s+)?" + NUM + "\\s+" + ADJECTIVES + PEOPLE);
    /** "15 of 19 participants": the 19 is a count's total, not an enrolment. */
    private static final Pattern PART_OF = Pattern.compile("(?s).*(?<![\\w.,])" + NumberWords.PATTERN
            + "\\s+(?:out\\s+)?of\\s+(?:the\\s+|all\\s+|these\\s+)?$");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private SampleSizeFinder() {
    }

    /** The sample sizes the sentences state. */
    public static SampleSize find(List<String> sentences) {
        return find(sentences, sentences.stream().map(SentenceSignals::of).toList());
    }

    /** The same, with the sentences' signals already found (one per sentence). */
    static SampleSize find(List<String> sentences, List<SentenceSignals> signals) {
        Integer enrolled = nEquals(sentences, signals)
                .or(() -> firstNumber(sentences, signals, PASSIVE, x -> x.number() && x.people && x.passiveVerb && x.participle))
                .or(() -> firstNumber(sentences, signals, ACTIVE, x -> x.number() && x.people))
                .or(() -> firstNumber(sentences, signals, SAMPLE_OF, x -> x.number() && x.of)).orElse(null);
        Integer analysed = analysed(sentences, signals).orElse(null);
        return new SampleSize(enrolled, analysed);
    }

    private static Optional<Integer> analysed(List<String> sentences, List<SentenceSignals> signals) {
        for (int i = 0; i < sentences.size(); i++) {
            SentenceSignals x = signals.get(i);
            if (!(x.number() && x.of && x.people)) {
                continue;
            }
            Matcher m = COUNT_OF.matcher(sentences.get(i));
            if (m.find()) {
                Optional<Integer> part = NumberWords.parse(m.group(1));
                Optional<Integer> total = NumberWords.parse(m.group(2));
                if (part.isPresent() && total.isPresent() && part.get() <= total.get()) {
                    return total;
                }
            }
        }
        return Optional.empty();
    }

    /** The first "n = N" of a sentence that has only one (several are group sizes) and counts people. */
    private static Optional<Integer> nEquals(List<String> sentences, List<SentenceSignals> signals) {
        for (int i = 0; i < sentences.size(); i++) {
            if (!(signals.get(i).equalsSign && signals.get(i).digit)) {
                continue;
            }
            String s = sentences.get(i);
            Matcher m = N_EQUALS.matcher(s);
            if (!m.find()) {
                continue;
            }
            String value = m.group(1);
            if (m.find() || NOT_PEOPLE.matcher(s).find()) {
                continue;
            }
            Optional<Integer> n = NumberWords.parse(value).filter(v -> v > 0);
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** The first exact number the pattern finds, in the sentences whose signals allow a match. */
    private static Optional<Integer> firstNumber(List<String> sentences, List<SentenceSignals> signals, Pattern p,
            Predicate<SentenceSignals> canMatch) {
        for (int i = 0; i < sentences.size(); i++) {
            if (!canMatch.test(signals.get(i))) {
                continue;
            }
            String s = sentences.get(i);
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<Integer> n = number(s, m);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /** The match's number unless it is approximate ("about 60") or a year. */
    private static Optional<Integer> number(String sentence, Matcher m) {
        int group = m.group(1) != null ? 1 : 2;
        if (m.groupCount() < group || m.group(group) == null) {
            return Optional.empty();
        }
        String before = sentence.substring(Math.max(0, m.start(group) - 24), m.start(group));
        if (APPROXIMATE.matcher(before).find() || PART_OF.matcher(before).matches()) {
            return Optional.empty();
        }
        boolean couldBeYear = m.group(group).matches("\\d{4}");
        return NumberWords.parse(m.group(group)).filter(n -> n > 0 && !(couldBeYear && n >= MIN_YEAR && n <= MAX_YEAR));
    }
}
