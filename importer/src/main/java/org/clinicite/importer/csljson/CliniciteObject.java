package org.clinicite.importer.csljson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.clinicite.core.id.NctId;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/**
 * The {@code clinicite} object of clinicite's own CSL-JSON export (the shape
 * {@code StudyJson.full} writes), read back: status, NCT number, design, phase,
 * blinding, sample sizes, population, publication type, substances and conditions
 * (only keys the vocabulary has), outcomes and findings. Derived or local values
 * ({@code id}, {@code sampleSize}, {@code sources}, {@code writeUps}) are not read.
 */
final class CliniciteObject {
    private final Vocabulary vocabulary;

    CliniciteObject(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void apply(JsonNode c, Study s, Consumer<String> warn) {
        text(c, "status").ifPresent(v -> status(v, s, warn));
        text(c, "NCT").ifPresent(v -> NctId.parse(v).ifPresentOrElse(s::setNctId,
                () -> warn.accept("clinicite.NCT '" + v + "' is not an NCT number; ignored")));
        text(c, "design").ifPresent(v -> StudyDesign.parse(v).ifPresentOrElse(s::setDesign,
                () -> warn.accept("clinicite.design '" + v + "' is not a known design; ignored")));
        text(c, "designDetail").ifPresent(s::setDesignDetail);
        text(c, "phase").ifPresent(s::setPhase);
        text(c, "blinding").ifPresent(s::setBlinding);
        s.setEnrolled(count(c, "enrolled", warn));
        s.setAnalysed(count(c, "analysed", warn));
        text(c, "population").ifPresent(s::setPopulation);
        s.setPublicationType(text(c, "publicationType").orElse(null));
        terms(c.get("substances"), TermKind.SUBSTANCE, s, warn);
        terms(c.get("conditions"), TermKind.CONDITION, s, warn);
        outcomes(c.get("outcomes"), s);
        JsonNode findings = c.get("findings");
        if (findings != null && findings.isArray()) {
            findings.forEach(f -> s.addFinding(f.isTextual() ? f.asText() : null));
        }
    }

    private static void status(String value, Study s, Consumer<String> warn) {
        try {
            s.setStatus(StudyStatus.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            warn.accept("clinicite.status '" + value + "' is neither 'stub' nor 'verified'; 'verified' is used");
        }
    }

    private static Integer count(JsonNode c, String field, Consumer<String> warn) {
        JsonNode n = c.get(field);
        Integer value = CslValues.integer(n);
        if (n != null && !n.isNull() && (value == null || value < 0)) {
            warn.accept("clinicite." + field + " '" + n.asText() + "' is not a count; ignored");
            return null;
        }
        return value;
    }

    private void terms(JsonNode terms, TermKind kind, Study s, Consumer<String> warn) {
        if (terms == null || !terms.isArray()) {
            return;
        }
        String what = kind.name().toLowerCase(Locale.ROOT);
        for (JsonNode t : terms) {
            Optional<String> key = text(t, "key");
            Optional<Term> term = key.flatMap(vocabulary::get).filter(x -> x.kind() == kind);
            if (term.isEmpty()) {
                warn.accept(what + " '" + key.or(() -> text(t, "name")).orElse("?")
                        + "' is not a " + what + " of the vocabulary; ignored");
                continue;
            }
            String label = text(t, "name").orElse(term.get().name());
            s.addTerm(new StudyTerm(kind, term.get().key(), label, role(t, kind, warn), text(t, "qualifier").orElse(null)));
        }
    }

    private static TermRole role(JsonNode t, TermKind kind, Consumer<String> warn) {
        TermRole fallback = kind == TermKind.SUBSTANCE ? TermRole.INTERVENTION : TermRole.STUDIED;
        Optional<String> role = text(t, "role");
        try {
            return role.map(r -> TermRole.valueOf(r.toUpperCase(Locale.ROOT))).orElse(fallback);
        } catch (IllegalArgumentException e) {
            warn.accept("term role '" + role.get() + "' is not intervention, comparator or studied; "
                    + fallback.name().toLowerCase(Locale.ROOT) + " is used");
            return fallback;
        }
    }

    private static void outcomes(JsonNode outcomes, Study s) {
        if (outcomes == null || !outcomes.isArray()) {
            return;
        }
        for (JsonNode o : outcomes) {
            if (!o.isObject()) {
                continue;
            }
            Outcome x = new Outcome(text(o, "description").orElse(null), CslValues.integer(o.get("responders")),
                    CslValues.integer(o.get("total")), text(o, "threshold").orElse(null),
                    text(o, "timepoint").orElse(null));
            x.setMeasure(text(o, "measure").orElse(null));
            x.setEffectSize(text(o, "effectSize").orElse(null));
            x.setPValue(text(o, "pValue").orElse(null));
            x.setSourceSentence(text(o, "source").orElse(null));
            s.addOutcome(x);
        }
    }

    /** A string field as written (not squeezed: the export is clinicite's own text). */
    private static Optional<String> text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && (n.isTextual() || n.isNumber()) && !n.asText().isBlank()
                ? Optional.of(n.asText()) : Optional.empty();
    }
}
