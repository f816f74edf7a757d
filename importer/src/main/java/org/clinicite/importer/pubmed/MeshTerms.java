package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/**
 * MeSH headings and chemicals to vocabulary terms. A heading is found by name through
 * {@link Vocabulary#lookup}, trying the heading as written, its inverted form ("Stress
 * Disorders, Post-Traumatic" → "Post-Traumatic Stress Disorders") and the singular and
 * plural of the last word; failing that, by its MeSH id when the vocabulary records one
 * ("N-Methyl-3,4-methylenedioxyamphetamine", D018817, is MDMA).
 * Class terms ("psychedelic", "mood disorder") are not linked, as in the free-text
 * matching: a heading such as "Hallucinogens" adds nothing that search's hierarchy
 * expansion does not already give.
 */
final class MeshTerms {
    /** MeSH has about 30,000 descriptors; past this many names the memo starts over. */
    private static final int MEMO_LIMIT = 50_000;

    private final Vocabulary vocabulary;
    private final Map<String, Term> byMeshId = new HashMap<>();
    /** Lookups already made: a baseline file names the same few thousand headings again and again. */
    private final Map<String, Optional<Term>> memo = new ConcurrentHashMap<>();

    MeshTerms(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Term t : vocabulary.all()) {
            String id = t.ids().get("mesh");
            if (id != null) {
                byMeshId.putIfAbsent(id, t);
            }
        }
    }

    /** Links the record's headings and substances that the vocabulary knows. */
    void addTerms(Study study, MedlineRecord rec) {
        for (MedlineRecord.Heading h : rec.meshHeadings) {
            find(h, TermKind.CONDITION).or(() -> find(h, TermKind.SUBSTANCE)).ifPresent(t -> link(study, t));
        }
        for (MedlineRecord.Heading h : rec.substances) {
            find(h, h.kind() == null ? TermKind.SUBSTANCE : h.kind()).ifPresent(t -> link(study, t));
        }
    }

    /**
     * The non-class vocabulary term of this kind that the heading names: by name first
     * (so a heading the vocabulary spells out is read by what it says), then by MeSH id.
     */
    Optional<Term> find(MedlineRecord.Heading h, TermKind kind) {
        String key = kind.name() + '\t' + h.name() + '\t' + h.meshId();
        Optional<Term> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Optional<Term> found = lookup(h, kind);
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(key, found);
        return found;
    }

    private Optional<Term> lookup(MedlineRecord.Heading h, TermKind kind) {
        for (String v : variants(h.name())) {
            Optional<Term> t = vocabulary.lookup(kind, v).filter(x -> !x.isClass());
            if (t.isPresent()) {
                return t;
            }
        }
        Term byId = h.meshId() == null ? null : byMeshId.get(h.meshId());
        return byId != null && byId.kind() == kind && !byId.isClass() ? Optional.of(byId) : Optional.empty();
    }

    private static void link(Study study, Term t) {
        TermRole role = t.kind() == TermKind.SUBSTANCE ? TermRole.INTERVENTION : TermRole.STUDIED;
        study.addTerm(new StudyTerm(t.kind(), t.key(), t.name(), role, null));
    }

    /**
     * The spellings to try for a heading: as written, inverted at its commas (parts in
     * reverse order), and each with its last word singular and plural.
     */
    static List<String> variants(String heading) {
        String h = heading.strip();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(h);
        String[] parts = h.split(",\\s+");
        if (parts.length > 1) {
            List<String> reversed = new ArrayList<>(List.of(parts));
            Collections.reverse(reversed);
            forms.add(String.join(" ", reversed));
        }
        Set<String> out = new LinkedHashSet<>(forms);
        for (String f : forms) {
            out.add(replaceLastWord(f, singular(lastWord(f))));
            out.add(replaceLastWord(f, plural(lastWord(f))));
        }
        return new ArrayList<>(out);
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static String replaceLastWord(String s, String word) {
        return s.substring(0, s.lastIndexOf(' ') + 1) + word;
    }

    static String singular(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (l.endsWith("oses")) {
            return w.substring(0, w.length() - 2) + "is";
        }
        if (l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static String plural(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("s")) {
            return w;
        }
        if (l.endsWith("y") && w.length() > 2 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }
}
