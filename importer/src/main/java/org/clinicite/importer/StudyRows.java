package org.clinicite.importer;

import java.util.List;
import org.clinicite.core.id.Identifier;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyTerm;

/**
 * The rows a new study and its children are stored as when they are written outside
 * Hibernate: the one place that names each table's columns and gives the values that the
 * entities' mapping writes for them (identifiers as their normalised text, enums by name,
 * the publication date's three parts, the findings' 0-based list positions).
 * {@link #TABLES} is in foreign-key order. The benchmark's COPY peer uses the same lists.
 */
public final class StudyRows {
    /** A table and its columns, in the order {@link #emit} gives the values. */
    public record Table(String name, List<String> columns) {
        /** "a,b,c". */
        public String columnList() {
            return String.join(",", columns);
        }
    }

    public static final Table STUDY = new Table("study", List.of("id", "version", "status", "title", "title_key",
            "abstract_text", "publication_type", "doi", "pmid", "pmcid", "nct_id", "journal_id", "volume", "issue",
            "pages", "pub_year", "pub_month", "pub_day", "design", "design_detail", "phase", "blinding", "enrolled",
            "analysed", "population", "first_author_key", "created_at", "updated_at"));
    public static final Table AUTHORSHIP = new Table("authorship",
            List.of("id", "study_id", "position", "family", "given", "literal", "affiliation"));
    public static final Table STUDY_TERM = new Table("study_term",
            List.of("id", "study_id", "kind", "term_key", "label", "role", "qualifier"));
    public static final Table OUTCOME = new Table("outcome", List.of("id", "study_id", "position", "measure",
            "description", "responders", "total", "threshold", "timepoint", "effect_size", "p_value",
            "source_sentence"));
    public static final Table FINDING = new Table("finding", List.of("study_id", "position", "text"));
    public static final Table PROVENANCE = new Table("provenance",
            List.of("id", "study_id", "format", "source", "record_key", "fingerprint", "imported_at"));

    /** Every table a new study writes to, parents first. */
    public static final List<Table> TABLES = List.of(STUDY, AUTHORSHIP, STUDY_TERM, OUTCOME, FINDING, PROVENANCE);

    /** Gives the id of each child row (every table but {@link #FINDING} has one). */
    public interface Ids {
        long next(Table table);
    }

    /** Receives the rows; {@code values} follow {@link Table#columns()}, null for SQL null. */
    public interface Sink {
        void row(Table table, Object... values);
    }

    private StudyRows() {
    }

    /** The rows of a study with its id, version, its journal's id (or null) and all its children. */
    public static void emit(Study s, long studyId, int version, Long journalId, Ids ids, Sink out) {
        out.row(STUDY, studyId, version, s.getStatus().name(), s.getTitle(), s.getTitleKey(), s.getAbstractText(),
                s.getPublicationType(), value(s.getDoi().orElse(null)), value(s.getPmid().orElse(null)),
                value(s.getPmcid().orElse(null)), value(s.getNctId().orElse(null)), journalId, s.getVolume(),
                s.getIssue(), s.getPages(), s.getPublished().year(), s.getPublished().month(),
                s.getPublished().day(), s.getDesign() == null ? null : s.getDesign().name(), s.getDesignDetail(),
                s.getPhase(), s.getBlinding(), s.getEnrolled(), s.getAnalysed(), s.getPopulation(),
                s.getFirstAuthorKey(), s.getCreatedAt(), s.getUpdatedAt());
        for (Authorship a : s.getAuthors()) {
            out.row(AUTHORSHIP, ids.next(AUTHORSHIP), studyId, a.getPosition(), a.getFamily(), a.getGiven(),
                    a.getLiteral(), a.getAffiliation());
        }
        for (StudyTerm t : s.getTerms()) {
            out.row(STUDY_TERM, ids.next(STUDY_TERM), studyId, t.getKind().name(), t.getTermKey(), t.getLabel(),
                    t.getRole().name(), t.getQualifier());
        }
        for (Outcome o : s.getOutcomes()) {
            out.row(OUTCOME, ids.next(OUTCOME), studyId, o.getPosition(), o.getMeasure(), o.getDescription(),
                    o.getResponders(), o.getTotal(), o.getThreshold(), o.getTimepoint(), o.getEffectSize(),
                    o.getPValue(), o.getSourceSentence());
        }
        List<String> findings = s.getFindings();
        for (int i = 0; i < findings.size(); i++) {
            out.row(FINDING, studyId, i, findings.get(i));
        }
        for (Provenance p : s.getProvenance()) {
            out.row(PROVENANCE, ids.next(PROVENANCE), studyId, p.getFormat(), p.getSource(), p.getRecordKey(),
                    p.getFingerprint(), p.getImportedAt());
        }
    }

    private static String value(Identifier id) {
        return id == null ? null : id.value();
    }
}
