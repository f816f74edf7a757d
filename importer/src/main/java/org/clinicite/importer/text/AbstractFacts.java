package org.clinicite.importer.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Mention;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/**
 * What bibliographic importers read from free text (title, abstract): the substances
 * and conditions the vocabulary finds. Never overwrites what the record states in its
 * own fields; adds only terms.
 */
public final class AbstractFacts {
    private final Vocabulary vocabulary;

    public AbstractFacts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Adds the vocabulary terms named in the texts (title, abstract, keywords ...) to the study. */
    public void enrich(Study study, String... texts) {
        for (TermKind kind : TermKind.values()) {
            Map<String, Term> found = new LinkedHashMap<>();
            for (String text : texts) {
                if (text != null) {
                    for (Mention m : vocabulary.find(kind, text)) {
                        found.putIfAbsent(m.term().key(), m.term());
                    }
                }
            }
            TermRole role = kind == TermKind.SUBSTANCE ? TermRole.INTERVENTION : TermRole.STUDIED;
            found.values().forEach(t -> study.addTerm(new StudyTerm(kind, t.key(), t.name(), role, null)));
        }
    }
}
