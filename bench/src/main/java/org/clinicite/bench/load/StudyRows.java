package org.clinicite.bench.load;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicite.bench.search.CopyText;
import org.clinicite.bench.search.CorpusGenerator;
import org.clinicite.bench.search.Outcomes;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.model.WriteUpFingerprint;
import org.clinicite.core.text.TextKeys;
import org.clinicite.search.StudyDocument;

/**
 * The rows of clinicite's tables (migrations V1 and V2) for a chunk of generated studies, in
 * PostgreSQL's COPY text format, one buffer per table, in an order that satisfies the
 * foreign keys. Ids are derived from the study's id so chunks can be loaded in parallel:
 * study {@code s} owns authorship ids {@code 16s..16s+11}, term ids {@code 8s..}, outcome,
 * write-up and coverage ids {@code 4s..}, provenance id {@code s}, change log sequence
 * {@code s}. {@link LoadCorpus} moves the sequences past them afterwards.
 */
final class StudyRows {
    /** Table and column list of each buffer, in load order (parents first). */
    static final List<String[]> TABLES = List.of(
            new String[] {"study", "id, version, status, title, title_key, abstract_text, doi, pmid, nct_id, journal_id, "
                    + "pub_year, design, phase, enrolled, first_author_key, created_at, updated_at"},
            new String[] {"authorship", "id, study_id, position, family"},
            new String[] {"study_term", "id, study_id, kind, term_key, label, role"},
            new String[] {"outcome", "id, study_id, position, measure, responders, total, threshold, timepoint, "
                    + "source_sentence"},
            new String[] {"finding", "study_id, position, text"},
            new String[] {"provenance", "id, study_id, format, source, record_key, fingerprint, imported_at"},
            new String[] {"write_up", "id, fingerprint, outlet, headline, published_date, body, imported_at"},
            new String[] {"coverage", "id, write_up_id, study_id, method, confidence"},
            new String[] {"change_log", "seq, study_id, changed_at"});

    /** What the generator writes "early-1" from, so the index's phase normaliser gives it back. */
    private static final Map<String, String> STORED_PHASE = Map.of("early-1", "Early Phase 1");

    private final StringBuilder[] buffers = new StringBuilder[TABLES.size()];
    private final CopyText[] rows = new CopyText[TABLES.size()];
    private final Map<String, Long> journalIds;
    private final String now;

    StudyRows(Map<String, Long> journalIds, String now) {
        this.journalIds = journalIds;
        this.now = now;
        for (int t = 0; t < buffers.length; t++) {
            buffers[t] = new StringBuilder(1 << 20);
            rows[t] = new CopyText(buffers[t]);
        }
    }

    StringBuilder buffer(int table) {
        return buffers[table];
    }

    void add(CorpusGenerator.Generated g) {
        StudyDocument d = g.document();
        long id = Long.parseLong(d.id());
        String firstAuthor = d.authors().isEmpty() ? null : TextKeys.nameKey(d.authors().get(0));
        rows[0].text(d.id()).number(0).text(StudyStatus.VERIFIED.name()).text(d.title())
                .text(TextKeys.titleKey(d.title())).text(d.abstractText()).text(d.doi()).text(d.pmid()).text(d.nct())
                .text(d.journal() == null ? null : String.valueOf(journalIds.get(d.journal()))).number(d.year())
                .text(g.design().name()).text(d.phase() == null ? null : STORED_PHASE.getOrDefault(d.phase(), d.phase()))
                .number(d.sampleSize()).text(firstAuthor).text(now).text(now).endRow();
        for (int a = 0; a < d.authors().size(); a++) {
            rows[1].text(String.valueOf(16 * id + a)).text(d.id()).number(a).text(d.authors().get(a)).endRow();
        }
        int term = 0;
        term = terms(id, term, TermKind.SUBSTANCE, TermRole.INTERVENTION, d.substanceKeys(), d.substanceNames());
        terms(id, term, TermKind.CONDITION, TermRole.STUDIED, d.conditionKeys(), d.conditionNames());
        List<Outcomes.Generated> outcomes = g.outcomes();
        for (int o = 0; o < outcomes.size(); o++) {
            Outcomes.Generated oc = outcomes.get(o);
            rows[3].text(String.valueOf(4 * id + o)).text(d.id()).number(o).text(oc.measure()).number(oc.responders())
                    .number(oc.total()).text(oc.threshold()).text(oc.timepoint()).text(oc.sentence()).endRow();
        }
        for (int f = 0; f < d.findings().size(); f++) {
            rows[4].text(d.id()).number(f).text(d.findings().get(f)).endRow();
        }
        rows[5].text(d.id()).text(d.id()).text("bench").text("CorpusGenerator").text(d.pmid())
                .text(WriteUpFingerprint.sha256("bench-study:" + d.id())).text(now).endRow();
        for (int w = 0; w < d.outlets().size(); w++) {
            String writeUpId = String.valueOf(4 * id + w);
            String date = d.year() == null ? null : d.year() + "-06-15";
            rows[6].text(writeUpId).text(WriteUpFingerprint.sha256("bench-write-up:" + writeUpId))
                    .text(d.outlets().get(w)).text(d.writeUpText().get(2 * w)).text(date)
                    .text(d.writeUpText().get(2 * w + 1)).text(now).endRow();
            rows[7].text(writeUpId).text(writeUpId).text(d.id()).text(LinkMethod.IDENTIFIER.name()).text("1.0")
                    .endRow();
        }
        rows[8].text(d.id()).text(d.id()).text(now).endRow();
    }

    /** One row per distinct key (the table's unique key is study, kind, key, role). */
    private int terms(long id, int next, TermKind kind, TermRole role, List<String> keys, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < keys.size(); t++) {
            if (seen.add(keys.get(t))) {
                rows[2].text(String.valueOf(8 * id + next++)).text(String.valueOf(id)).text(kind.name())
                        .text(keys.get(t)).text(names.get(t)).text(role.name()).endRow();
            }
        }
        return next;
    }
}
