package org.clinicite.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Mention;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/**
 * The substances a study's interventions name, with their role: an intervention given
 * only in comparator arms (placebo, active or sham comparator) is a
 * {@link TermRole#COMPARATOR}, any other an {@link TermRole#INTERVENTION}.
 *
 * <p>A name is looked up whole ("Psilocybin"), then searched word by word for vocabulary
 * terms ("Psilocybin 25 mg", "MDMA-assisted psychotherapy", "Paclitaxel and carboplatin"),
 * then the same for each of its other names. A name with "placebo" or "sham" in it names
 * no substance: "Placebo capsules", and also "Psilocybin placebo", which is not psilocybin.
 */
final class InterventionTerms {
    private static final Set<String> COMPARATOR_ARMS = Set.of("PLACEBO_COMPARATOR", "ACTIVE_COMPARATOR",
            "SHAM_COMPARATOR");
    private static final Pattern NOT_A_SUBSTANCE = Pattern.compile("(?i)\\b(?:placebos?|sham)\\b");

    private final Vocabulary vocabulary;

    InterventionTerms(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void addTo(Study study, Trial trial) {
        for (Trial.Intervention i : trial.interventions()) {
            TermRole role = role(i, trial.arms());
            for (Term t : substances(i)) {
                study.addTerm(new StudyTerm(TermKind.SUBSTANCE, t.key(), t.name(), role, null));
            }
        }
    }

    /** The vocabulary substances the intervention names: its name first, else its other names. */
    List<Term> substances(Trial.Intervention i) {
        List<Term> found = named(i.name());
        for (int k = 0; found.isEmpty() && k < i.otherNames().size(); k++) {
            found = named(i.otherNames().get(k));
        }
        return found;
    }

    private List<Term> named(String name) {
        if (name == null || NOT_A_SUBSTANCE.matcher(name).find()) {
            return List.of();
        }
        Optional<Term> whole = vocabulary.lookup(TermKind.SUBSTANCE, name);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        List<Term> out = new ArrayList<>();
        for (Mention m : vocabulary.find(TermKind.SUBSTANCE, name)) {
            if (!out.contains(m.term())) {
                out.add(m.term());
            }
        }
        return out;
    }

    /** Comparator when every arm that receives the intervention is a comparator arm. */
    static TermRole role(Trial.Intervention i, List<Trial.Arm> arms) {
        List<Trial.Arm> receiving = arms.stream().filter(a -> receives(a, i)).toList();
        boolean comparator = !receiving.isEmpty()
                && receiving.stream().allMatch(a -> COMPARATOR_ARMS.contains(Codes.key(a.type())));
        return comparator ? TermRole.COMPARATOR : TermRole.INTERVENTION;
    }

    /** The intervention lists the arm's label, or the arm lists the intervention ("Drug: placebo"). */
    private static boolean receives(Trial.Arm a, Trial.Intervention i) {
        if (a.label() != null && i.armLabels().stream().anyMatch(l -> l.equalsIgnoreCase(a.label()))) {
            return true;
        }
        if (i.name() == null) {
            return false;
        }
        String name = i.name().toLowerCase(Locale.ROOT);
        return a.interventionNames().stream().map(n -> n.toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.equals(name) || n.endsWith(": " + name));
    }
}
