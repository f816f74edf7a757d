package org.clinicite.core.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.text.TextKeys;

/**
 * The substance and condition vocabulary: the shipped file
 * ({@code org/clinicite/core/vocab/vocabulary.json}) plus, optionally, a user's file
 * whose terms add to it (a user term with a shipped key replaces it). Immutable and
 * thread-safe once built.
 */
public final class Vocabulary {
    public static final String RESOURCE = "/org/clinicite/core/vocab/vocabulary.json";
    /** The name of the user's vocabulary file in the data directory. */
    public static final String USER_FILE = "vocabulary.json";

    private final Map<String, Term> byKey = new LinkedHashMap<>();
    private final Map<TermKind, Map<String, Term>> bySynonym = new HashMap<>();
    private final Map<TermKind, Map<String, Term>> byAbbreviation = new HashMap<>();
    private final Map<String, Set<String>> narrower = new HashMap<>();
    private final Map<TermKind, Map<String, Integer>> phraseWords = new HashMap<>();
    private final Map<TermKind, Set<String>> phrasePrefixes = new HashMap<>();
    /** Per kind, [c]: whether an abbreviation starts with char c (index 0 also for every char from 128 up). */
    private final Map<TermKind, boolean[]> abbreviationFirstChars = new HashMap<>();
    static final int ABBREVIATION_FIRST_CHARS = 128;
    /** Every synonym key and phrase-starting word, with what each kind has for it: one look-up per word for all kinds. */
    private final Map<String, WordEntry> byWord = new HashMap<>();
    private final TermMatcher matcher;

    private Vocabulary(Collection<Term> terms) {
        for (TermKind k : TermKind.values()) {
            bySynonym.put(k, new HashMap<>());
            byAbbreviation.put(k, new HashMap<>());
        }
        terms.forEach(t -> byKey.put(t.key(), t));
        for (Term t : byKey.values()) {
            index(t);
        }
        checkAcyclic();
        for (TermKind k : TermKind.values()) {
            Map<String, Integer> longest = new HashMap<>();
            Set<String> prefixes = new HashSet<>();
            for (String key : bySynonym.get(k).keySet()) {
                int space = key.indexOf(' ');
                if (space > 0) {
                    longest.merge(key.substring(0, space), key.split(" ").length, Math::max);
                    prefixes.add(key);
                    for (int p = space; p >= 0; p = key.indexOf(' ', p + 1)) {
                        prefixes.add(key.substring(0, p));
                    }
                }
            }
            phraseWords.put(k, longest);
            phrasePrefixes.put(k, prefixes);
            boolean[] firstChars = new boolean[ABBREVIATION_FIRST_CHARS];
            for (String a : byAbbreviation.get(k).keySet()) {
                char c = a.isEmpty() ? 0 : a.charAt(0);
                firstChars[c < ABBREVIATION_FIRST_CHARS ? c : 0] = true;
            }
            abbreviationFirstChars.put(k, firstChars);
            int kind = k.ordinal();
            bySynonym.get(k).forEach((key, term) -> byWord.computeIfAbsent(key, x -> new WordEntry()).synonyms[kind] = term);
            longest.forEach((word, most) -> byWord.computeIfAbsent(word, x -> new WordEntry()).phraseWords[kind] = most);
        }
        this.matcher = new TermMatcher(this);
    }

    private void index(Term t) {
        Map<String, Term> syn = bySynonym.get(t.kind());
        syn.putIfAbsent(TextKeys.fold(t.name()), t);
        t.synonyms().forEach(s -> syn.putIfAbsent(TextKeys.fold(s), t));
        t.abbreviations().forEach(a -> byAbbreviation.get(t.kind()).putIfAbsent(a, t));
        for (String b : t.broader()) {
            Term parent = byKey.get(b);
            if (parent == null || parent.kind() != t.kind()) {
                throw new VocabularyException("term " + t.key() + ": broader term " + b + " is not a "
                        + t.kind().name().toLowerCase(java.util.Locale.ROOT) + " in the vocabulary");
            }
            narrower.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(t.key());
        }
    }

    private void checkAcyclic() {
        for (String key : byKey.keySet()) {
            if (ancestors(key).contains(key)) {
                throw new VocabularyException("term " + key + " is its own broader term (a cycle)");
            }
        }
    }

    /** The shipped vocabulary. */
    public static Vocabulary shipped() {
        return new Vocabulary(readShipped());
    }

    /** The shipped vocabulary plus the user's file in {@code dataDir}, if there is one. */
    public static Vocabulary forDataDir(Path dataDir) {
        List<Term> terms = new ArrayList<>(readShipped());
        Path user = dataDir.resolve(USER_FILE);
        if (Files.isRegularFile(user)) {
            try (InputStream in = Files.newInputStream(user)) {
                terms.addAll(VocabularyReader.read(in, user.toString()));
            } catch (IOException e) {
                throw new VocabularyException(user + ": cannot read: " + e.getMessage(), e);
            }
        }
        return new Vocabulary(terms);
    }

    public static Vocabulary of(Collection<Term> terms) {
        return new Vocabulary(terms);
    }

    private static List<Term> readShipped() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new VocabularyException("the shipped vocabulary " + RESOURCE + " is missing from the classpath");
            }
            return VocabularyReader.read(in, RESOURCE);
        } catch (IOException e) {
            throw new VocabularyException("cannot read " + RESOURCE, e);
        }
    }

    public Optional<Term> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Term> all() {
        return byKey.values();
    }

    public List<Term> terms(TermKind kind) {
        return byKey.values().stream().filter(t -> t.kind() == kind).toList();
    }

    /**
     * The term a user or a source names: its key, name, a synonym (case and
     * punctuation folded) or an abbreviation (exact, then case-insensitive).
     */
    public Optional<Term> lookup(TermKind kind, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        Term t = byKey.get(s.toLowerCase(java.util.Locale.ROOT));
        if (t != null && t.kind() == kind) {
            return Optional.of(t);
        }
        t = byAbbreviation.get(kind).get(s);
        if (t != null) {
            return Optional.of(t);
        }
        t = bySynonym.get(kind).get(TextKeys.fold(s));
        if (t != null) {
            return Optional.of(t);
        }
        return byAbbreviation.get(kind).entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(s)).map(Map.Entry::getValue).findFirst();
    }

    /** The key itself and every narrower term, transitively (the hierarchy expansion of a query). */
    public Set<String> expand(String key) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            String k = todo.pop();
            if (out.add(k)) {
                todo.addAll(narrower.getOrDefault(k, Set.of()));
            }
        }
        return out;
    }

    /** Every broader term of a key, transitively, not the key itself unless there is a cycle. */
    public Set<String> ancestors(String key) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        Term t = byKey.get(key);
        if (t != null) {
            todo.addAll(t.broader());
        }
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String k = todo.pop();
            if (!seen.add(k)) {
                continue;
            }
            out.add(k);
            Term p = byKey.get(k);
            if (p != null) {
                todo.addAll(p.broader());
            }
        }
        return out;
    }

    /** Every mention of a non-class term of this kind in the text, in order, longest match first. */
    public List<Mention> find(TermKind kind, String text) {
        return matcher.find(kind, text);
    }

    /**
     * The same for a text already split into words ({@link TextWords#of}): to find terms of
     * several kinds in one text, split it once.
     */
    public List<Mention> find(TermKind kind, TextWords words) {
        return matcher.find(kind, words);
    }

    Map<String, Term> synonymIndex(TermKind kind) {
        return bySynonym.get(kind);
    }

    /**
     * First words of the multi-word synonyms of a kind, each with the most words of a synonym
     * it starts: only there can a longer match start, and it is no longer than that.
     */
    Map<String, Integer> phraseWords(TermKind kind) {
        return phraseWords.get(kind);
    }

    /**
     * The multi-word synonym keys of a kind and every part of them that ends before one of
     * their spaces: an n-gram that is not in this set is not a synonym, and neither is any
     * longer n-gram that starts with it.
     */
    Set<String> phrasePrefixes(TermKind kind) {
        return phrasePrefixes.get(kind);
    }

    /**
     * [c]: whether an abbreviation of the kind starts with char c, index 0 standing also for
     * every char from 128 up (so a word that starts otherwise is not looked up). Not to be changed.
     */
    boolean[] abbreviationFirstChars(TermKind kind) {
        return abbreviationFirstChars.get(kind);
    }

    /**
     * What the vocabulary has for a folded word (or synonym key), per kind (by ordinal): the
     * term it is a synonym of, and the most words of a synonym it starts (0: none); null when
     * it has nothing. {@code synonymIndex(kind).get(w)} and {@code phraseWords(kind).get(w)}
     * in one look-up.
     */
    WordEntry word(String folded) {
        return byWord.get(folded);
    }

    /** See {@link #word}. Not to be changed. */
    static final class WordEntry {
        final Term[] synonyms = new Term[TermKind.values().length];
        final int[] phraseWords = new int[TermKind.values().length];
    }

    Map<String, Term> abbreviationIndex(TermKind kind) {
        return byAbbreviation.get(kind);
    }
}
