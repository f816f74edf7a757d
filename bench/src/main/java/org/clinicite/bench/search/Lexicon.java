package org.clinicite.bench.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/**
 * The word lists the generator draws from, each in popularity order (rank 1 first) for a
 * Zipf draw: general research words ({@code words.txt}, ~2,100), surnames, news outlets,
 * ~300 journal titles, and the vocabulary's substances and conditions with the usual
 * suspects of psychiatric trials first and the rest in a fixed shuffled order.
 */
final class Lexicon {
    private static final String DIR = "/org/clinicite/bench/search/";

    /** Substances most trials are about, most popular first; the rest of the vocabulary follows. */
    private static final List<String> SUBSTANCE_HEAD = List.of("psilocybin", "ketamine", "sertraline", "mdma",
            "escitalopram", "esketamine", "cannabidiol", "fluoxetine", "lsd", "cannabis", "bupropion", "naltrexone",
            "buprenorphine", "lithium", "quetiapine", "aripiprazole", "methadone", "venlafaxine", "duloxetine",
            "olanzapine", "ayahuasca", "thc", "nicotine", "alcohol", "dmt", "melatonin", "mirtazapine",
            "risperidone", "pregabalin", "zolpidem");
    private static final List<String> CONDITION_HEAD = List.of("major-depressive-disorder", "ptsd",
            "treatment-resistant-depression", "generalized-anxiety-disorder", "alcohol-use-disorder",
            "schizophrenia", "bipolar-disorder", "opioid-use-disorder", "insomnia", "chronic-pain",
            "obsessive-compulsive-disorder", "adhd", "tobacco-use-disorder", "social-anxiety-disorder",
            "anorexia-nervosa", "panic-disorder", "existential-distress", "postpartum-depression", "migraine",
            "autism-spectrum-disorder", "dementia", "suicidal-ideation", "cluster-headache", "fibromyalgia");
    private static final List<String> JOURNAL_FIELDS = List.of("Psychiatry", "Psychopharmacology",
            "Neuropsychopharmacology", "Psychology", "Neuroscience", "Addiction", "Affective Disorders",
            "Psychoactive Drugs", "Clinical Psychiatry", "Sleep Research", "Pain Medicine", "Neurology",
            "Psychotherapy", "Anxiety Disorders", "Depression and Anxiety", "Traumatic Stress", "Substance Use",
            "Mental Health", "Behavioral Medicine", "Psychedelic Studies", "Eating Disorders", "Child Psychiatry",
            "Geriatric Psychiatry", "Psychosomatic Research", "Neuroimaging", "Clinical Psychology",
            "Brain Research", "Psychiatric Research", "Clinical Pharmacology", "Drug Policy", "Public Health",
            "Epidemiology", "Internal Medicine", "Psychiatric Nursing", "Palliative Care", "Cognitive Neuroscience",
            "Bipolar Disorders", "Schizophrenia Research", "Autism Research", "Addictive Behaviors");
    private static final List<String> JOURNAL_PATTERNS = List.of("Journal of %s", "%s Research Letters",
            "International Journal of %s", "Frontiers in %s", "Annals of %s", "%s Reports",
            "Current Opinion in %s", "European Journal of %s", "American Journal of %s", "BMC %s");
    private static final List<String> JOURNAL_HEAD = List.of("JAMA Psychiatry", "The Lancet Psychiatry",
            "New England Journal of Medicine", "Nature Medicine", "Journal of Psychoactive Drugs",
            "Journal of Psychopharmacology", "Psychological Medicine", "Translational Psychiatry");
    private static final int JOURNALS = 300;

    final List<String> words = lines("words.txt");
    final List<String> surnames = lines("surnames.txt");
    final List<String> outlets = lines("outlets.txt");
    final List<String> journals;
    final List<Term> substances;
    final List<Term> conditions;
    final List<Term> substanceClasses;

    Lexicon(Vocabulary vocabulary, long seed) {
        Random shuffle = new Random(seed);
        this.journals = journals(shuffle);
        this.substances = byPopularity(vocabulary, TermKind.SUBSTANCE, SUBSTANCE_HEAD, shuffle);
        this.conditions = byPopularity(vocabulary, TermKind.CONDITION, CONDITION_HEAD, shuffle);
        this.substanceClasses = vocabulary.terms(TermKind.SUBSTANCE).stream().filter(Term::isClass).toList();
    }

    /** The head in its order, then the other non-class terms of the kind, shuffled once. */
    private static List<Term> byPopularity(Vocabulary v, TermKind kind, List<String> head, Random shuffle) {
        List<Term> out = new ArrayList<>();
        head.forEach(k -> out.add(v.get(k).orElseThrow(() -> new IllegalStateException("no term " + k))));
        List<Term> rest = new ArrayList<>(v.terms(kind).stream()
                .filter(t -> !t.isClass() && !head.contains(t.key())).toList());
        Collections.shuffle(rest, shuffle);
        out.addAll(rest);
        return List.copyOf(out);
    }

    private static List<String> journals(Random shuffle) {
        List<String> composed = new ArrayList<>();
        for (String field : JOURNAL_FIELDS) {
            for (String pattern : JOURNAL_PATTERNS) {
                composed.add(String.format(pattern, field));
            }
        }
        Collections.shuffle(composed, shuffle);
        Set<String> out = new LinkedHashSet<>(JOURNAL_HEAD);
        for (String j : composed) {
            if (out.size() == JOURNALS) {
                break;
            }
            out.add(j);
        }
        return List.copyOf(out);
    }

    private static List<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
