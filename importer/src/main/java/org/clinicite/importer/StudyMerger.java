package org.clinicite.importer;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.text.TextKeys;

/**
 * Merges a record into a stored study without dropping anything either side has: a
 * field empty in the stored study is filled; a verified (bibliographic) record
 * completes a news stub and its bibliographic fields win over the stub's; lists
 * (terms, outcomes, findings) are united. Returns whether anything changed. The journal
 * is resolved to a stored entity by the caller, never copied from the record.
 */
final class StudyMerger {
    private boolean changed;

    private StudyMerger() {
    }

    static boolean merge(Study target, Study incoming) {
        StudyMerger m = new StudyMerger();
        m.mergeInto(target, incoming);
        return m.changed;
    }

    private void mergeInto(Study t, Study in) {
        boolean completesStub = t.getStatus() == StudyStatus.STUB && in.getStatus() == StudyStatus.VERIFIED;
        if (completesStub) {
            t.setStatus(StudyStatus.VERIFIED);
            changed = true;
        }
        fillOrReplace(completesStub, t::getTitle, in.getTitle(), t::setTitle);
        fill(t::getAbstractText, in.getAbstractText(), t::setAbstractText);
        fill(t::getPublicationType, in.getPublicationType(), t::setPublicationType);
        fill(() -> t.getDoi().orElse(null), in.getDoi().orElse(null), t::setDoi);
        fill(() -> t.getPmid().orElse(null), in.getPmid().orElse(null), t::setPmid);
        fill(() -> t.getPmcid().orElse(null), in.getPmcid().orElse(null), t::setPmcid);
        fill(() -> t.getNctId().orElse(null), in.getNctId().orElse(null), t::setNctId);
        fill(t::getVolume, in.getVolume(), t::setVolume);
        fill(t::getIssue, in.getIssue(), t::setIssue);
        fill(t::getPages, in.getPages(), t::setPages);
        fillOrReplace(completesStub, () -> t.getPublished().isEmpty() ? null : t.getPublished(),
                in.getPublished().isEmpty() ? null : in.getPublished(), t::setPublished);
        fill(t::getDesign, in.getDesign(), t::setDesign);
        fill(t::getDesignDetail, in.getDesignDetail(), t::setDesignDetail);
        fill(t::getPhase, in.getPhase(), t::setPhase);
        fill(t::getBlinding, in.getBlinding(), t::setBlinding);
        fill(t::getEnrolled, in.getEnrolled(), t::setEnrolled);
        fill(t::getAnalysed, in.getAnalysed(), t::setAnalysed);
        fill(t::getPopulation, in.getPopulation(), t::setPopulation);
        mergeAuthors(t, in, completesStub);
        for (StudyTerm term : in.getTerms()) {
            changed |= t.addTerm(new StudyTerm(term.getKind(), term.getTermKey(), term.getLabel(), term.getRole(),
                    term.getQualifier()));
        }
        for (Outcome o : in.getOutcomes()) {
            changed |= t.addOutcome(copy(o));
        }
        in.getFindings().forEach(f -> changed |= t.addFinding(f));
    }

    private <T> void fill(Supplier<T> current, T incoming, Consumer<T> setter) {
        if (current.get() == null && incoming != null) {
            setter.accept(incoming);
            changed = true;
        }
    }

    private <T> void fillOrReplace(boolean replace, Supplier<T> current, T incoming, Consumer<T> setter) {
        if (incoming == null || incoming.equals(current.get())) {
            return;
        }
        if (replace || current.get() == null) {
            setter.accept(incoming);
            changed = true;
        }
    }

    /**
     * Authors: a verified record's list replaces a stub's, keeping a given name or an
     * affiliation that only the stub has; otherwise missing given names are filled.
     */
    private void mergeAuthors(Study t, Study in, boolean completesStub) {
        List<Authorship> incoming = in.getAuthors();
        if (incoming.isEmpty()) {
            return;
        }
        if (t.getAuthors().isEmpty() || (completesStub && incoming.size() >= t.getAuthors().size())) {
            List<Authorship> old = List.copyOf(t.getAuthors());
            List<Authorship> merged = new java.util.ArrayList<>();
            for (Authorship a : incoming) {
                Authorship copy = copy(a);
                old.stream().filter(o -> sameFamily(o, a)).findFirst().ifPresent(o -> keepRicherGiven(copy, o));
                merged.add(copy);
            }
            t.replaceAuthors(merged);
            changed = true;
            return;
        }
        for (Authorship a : t.getAuthors()) {
            incoming.stream().filter(i -> sameFamily(i, a)).findFirst().ifPresent(i -> {
                if (a.getGiven() == null && i.getGiven() != null) {
                    a.setGiven(i.getGiven());
                    changed = true;
                }
            });
        }
    }

    private static boolean sameFamily(Authorship a, Authorship b) {
        return a.getFamily() != null && b.getFamily() != null
                && TextKeys.nameKey(a.getFamily()).equals(TextKeys.nameKey(b.getFamily()));
    }

    /** "William" beats "W." or "W". */
    private static void keepRicherGiven(Authorship target, Authorship old) {
        String g = target.getGiven();
        String o = old.getGiven();
        if (o != null && (g == null || (g.replace(".", "").strip().length() <= 2 && o.length() > g.length()))) {
            target.setGiven(o);
        }
        if (target.getAffiliation() == null) {
            target.setAffiliation(old.getAffiliation());
        }
    }

    private static Authorship copy(Authorship a) {
        Authorship c = a.getLiteral() != null ? Authorship.literal(a.getLiteral()) : new Authorship(a.getFamily(), a.getGiven());
        c.setAffiliation(a.getAffiliation());
        return c;
    }

    private static Outcome copy(Outcome o) {
        Outcome c = new Outcome(o.getDescription(), o.getResponders(), o.getTotal(), o.getThreshold(), o.getTimepoint());
        c.setMeasure(o.getMeasure());
        c.setEffectSize(o.getEffectSize());
        c.setPValue(o.getPValue());
        c.setSourceSentence(o.getSourceSentence());
        return c;
    }
}
