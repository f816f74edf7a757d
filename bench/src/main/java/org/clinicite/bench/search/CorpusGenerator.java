package org.clinicite.bench.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.search.StudyDocument;

/**
 * A seeded, deterministic corpus of studies shaped like a trial registry's: designs (RCT
 * 30%, cohort 20%, open-label 15%, ...), phases for trials, years 1995-2025 growing ~9% a
 * year, log-normal sample sizes (median ~60, reviews ~1,500, capped at 10,000),
 * Zipf-popular substances, conditions, journals, authors and words, 0-3 outcomes, ~10%
 * with news write-ups.
 *
 * <p>Study {@code i} depends only on the seed and {@code i} (its own {@link SplittableRandom}),
 * so studies can be generated in any order, in parallel, and twice (once for each engine)
 * with the same result. Studies are {@link StudyDocument}s built directly, without the
 * database: the index build measures the index, not Hibernate.
 */
public final class CorpusGenerator {
    /** Bump when a seed's corpus changes: a reused index or table of another version is rebuilt. */
    public static final int VERSION = 1;

    private static final Weighted<StudyDesign> DESIGNS = Weighted.of(List.of(StudyDesign.RCT,
            StudyDesign.OPEN_LABEL_TRIAL, StudyDesign.COHORT, StudyDesign.CASE_CONTROL, StudyDesign.CROSS_SECTIONAL,
            StudyDesign.QUALITATIVE_FOLLOW_UP, StudyDesign.CASE_REPORT, StudyDesign.SYSTEMATIC_REVIEW,
            StudyDesign.META_ANALYSIS, StudyDesign.SURVEY, StudyDesign.OTHER), 30, 15, 20, 5, 8, 4, 4, 5, 3, 4, 2);
    private static final Weighted<String> PHASES = Weighted.of(List.of("1", "1/2", "2", "2/3", "3", "4", "n/a",
            "early-1"), 10, 5, 33, 5, 25, 10, 10, 2);
    private static final Weighted<Integer> YEARS = years();
    private static final Weighted<Integer> SUBSTANCE_COUNT = Weighted.of(List.of(1, 2, 3), 60, 30, 10);
    private static final Weighted<Integer> CONDITION_COUNT = Weighted.of(List.of(1, 2, 3), 70, 25, 5);
    private static final Weighted<Integer> AUTHOR_COUNT = Weighted.of(IntStream.rangeClosed(1, 12).boxed().toList(),
            6, 8, 10, 12, 12, 11, 10, 9, 7, 6, 5, 4);
    private static final int MAX_N = 10_000;

    private final long seed;
    private final Lexicon lexicon;
    private final StudyTexts texts;
    private final Weighted<Term> substances;
    private final Weighted<Term> conditions;
    private final Weighted<String> surnames;
    private final Weighted<String> journals;
    private final Weighted<String> outlets;

    public CorpusGenerator(Vocabulary vocabulary, long seed) {
        this.seed = seed;
        this.lexicon = new Lexicon(vocabulary, seed);
        this.texts = new StudyTexts(Weighted.zipf(lexicon.words, 1.0));
        this.substances = Weighted.zipf(lexicon.substances, 1.1);
        this.conditions = Weighted.zipf(lexicon.conditions, 1.0);
        this.surnames = Weighted.zipf(lexicon.surnames, 0.9);
        this.journals = Weighted.zipf(lexicon.journals, 1.0);
        this.outlets = Weighted.zipf(lexicon.outlets, 1.0);
    }

    /**
     * A generated study: its index document and what a database row needs beyond it (the
     * design as the enum, the outcomes with their numbers). Write-ups are the document's
     * {@code outlets} with {@code writeUpText} headline and body pairs in the same order.
     */
    public record Generated(StudyDocument document, StudyDesign design, List<Outcomes.Generated> outcomes) {
    }

    /** Study {@code i} (from 0), with id {@code i + 1}. */
    public StudyDocument study(int i) {
        return generate(i).document();
    }

    /** The journal titles studies are drawn from, most popular first. */
    public List<String> journals() {
        return lexicon.journals;
    }

    /** Study {@code i} (from 0), with id {@code i + 1}, and the columns the database needs beyond the document. */
    public Generated generate(int i) {
        SplittableRandom r = new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (i + 1)));
        StudyDesign design = DESIGNS.next(r);
        boolean trial = design == StudyDesign.RCT || design == StudyDesign.OPEN_LABEL_TRIAL;
        Integer n = sampleSize(r, design);
        int year = YEARS.next(r);
        List<Term> subs = distinct(r, substances, SUBSTANCE_COUNT.next(r));
        if (r.nextInt(25) == 0) {
            subs.add(lexicon.substanceClasses.get(r.nextInt(lexicon.substanceClasses.size())));
        }
        List<Term> conds = distinct(r, conditions, CONDITION_COUNT.next(r));
        String s = name(r, subs.get(0));
        String s2 = subs.size() > 1 ? name(r, subs.get(1)) : "placebo";
        String c = name(r, conds.get(0));
        List<Outcomes.Generated> outcomes = Outcomes.draw(r, n);
        List<String> authors = authors(r);
        String journal = journals.next(r);
        String title = texts.title(r, s, s2, c, design.label());
        String abstractText = texts.abstractText(r, s, c, design.label(), n,
                outcomes.stream().map(Outcomes.Generated::sentence).toList());
        List<String> findings = new ArrayList<>();
        for (int f = r.nextInt(3); f > 0; f--) {
            findings.add(texts.finding(r, s, c));
        }
        List<String> outlets = r.nextInt(10) == 0 ? outlets(r) : List.of();
        List<String> news = writeUps(r, outlets.size(), s, c, journal, n);
        String id = String.valueOf(i + 1);
        StudyDocument doc = new StudyDocument(id, title, abstractText, outcomeText(outcomes), findings, news, authors, journal,
                null, outlets, year, n, design.code(), trial && r.nextInt(10) < 7 ? PHASES.next(r) : null,
                subs.stream().map(Term::key).toList(), subs.stream().map(Term::name).toList(),
                conds.stream().map(Term::key).toList(), conds.stream().map(Term::name).toList(),
                "10.5555/clinicite-bench." + id, String.valueOf(30_000_000 + i),
                trial && r.nextInt(10) < 7 ? String.format("NCT%08d", i + 1) : null,
                flags(outlets, outcomes), citation(authors, year, journal),
                outcomes.stream().map(Outcomes.Generated::line).toList());
        return new Generated(doc, design, outcomes);
    }

    /** Headline and body of each write-up. */
    private List<String> writeUps(SplittableRandom r, int count, String s, String c, String journal, Integer n) {
        List<String> out = new ArrayList<>(2 * count);
        for (int w = 0; w < count; w++) {
            out.add(texts.headline(r, s, c));
            out.add(texts.body(r, s, c, journal, n));
        }
        return out;
    }

    /** Log-normal: median 60 (1,500 for reviews), a case report a handful, 4% not reported. */
    private static Integer sampleSize(SplittableRandom r, StudyDesign design) {
        if (design == StudyDesign.CASE_REPORT) {
            return 1 + r.nextInt(3);
        }
        if (r.nextInt(25) == 0) {
            return null;
        }
        boolean review = design == StudyDesign.SYSTEMATIC_REVIEW || design == StudyDesign.META_ANALYSIS;
        double median = review ? 1500 : 60;
        double n = Math.exp(Math.log(median) + (review ? 1.0 : 1.2) * r.nextGaussian());
        return (int) Math.max(1, Math.min(MAX_N, Math.round(n)));
    }

    /** Mostly the term's name, sometimes its abbreviation, as abstracts write them. */
    private static String name(SplittableRandom r, Term t) {
        if (!t.abbreviations().isEmpty() && r.nextInt(5) == 0) {
            return t.abbreviations().get(0);
        }
        return t.name();
    }

    /** Up to {@code count} different items (by identity: the draws return the list's own instances). */
    private static <T> List<T> distinct(SplittableRandom r, Weighted<T> from, int count) {
        List<T> out = new ArrayList<>(count + 1);
        for (int tries = 0; out.size() < count && tries < 10 * count; tries++) {
            T t = from.next(r);
            if (out.stream().noneMatch(o -> o == t)) {
                out.add(t);
            }
        }
        return out;
    }

    private List<String> authors(SplittableRandom r) {
        int count = AUTHOR_COUNT.next(r);
        List<String> out = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            out.add(surnames.next(r));
        }
        return out;
    }

    private List<String> outlets(SplittableRandom r) {
        return distinct(r, outlets, r.nextInt(5) == 0 ? 2 : 1);
    }

    private static List<String> outcomeText(List<Outcomes.Generated> outcomes) {
        Set<String> out = new LinkedHashSet<>();
        outcomes.forEach(o -> {
            out.add(o.line());
            out.add(o.measure());
            out.add(o.threshold());
            out.add(o.sentence());
        });
        return List.copyOf(out);
    }

    private static Set<String> flags(List<String> outlets, List<Outcomes.Generated> outcomes) {
        Set<String> has = new LinkedHashSet<>();
        if (!outlets.isEmpty()) {
            has.add("news");
        }
        if (!outcomes.isEmpty()) {
            has.add("outcomes");
        }
        if (outcomes.stream().anyMatch(Outcomes.Generated::numbers)) {
            has.add("results");
        }
        return has;
    }

    private static String citation(List<String> authors, int year, String journal) {
        return authors.get(0) + (authors.size() > 1 ? " et al." : "") + ", " + year + ", " + journal;
    }

    /** Publication years 1995-2025, each year ~9% more than the one before (registries grow). */
    private static Weighted<Integer> years() {
        List<Integer> years = IntStream.rangeClosed(1995, 2025).boxed().toList();
        return Weighted.of(years, years.stream().mapToDouble(y -> Math.exp(0.09 * (y - 1995))).toArray());
    }

    /** Stafford's mix13: neighbouring study numbers get unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
