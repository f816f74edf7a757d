package org.clinicite.bench.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Provenance;
import org.clinicite.core.model.Study;
import org.clinicite.importer.ParsedRecord;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * An experiment, not the importer: one batch stored the way the report proposes for
 * {@code RecordStore}, to measure what those changes would give. Per batch, not per record:
 * candidates fetched with one query per key kind ({@code in} lists), provenance fingerprints
 * with one query, no auto-flush (matches within the batch come from in-memory maps), no
 * flush per record (one at commit, JDBC-batched), no {@code touch()} of a new study, the
 * change counter advanced once for the batch with the change-log rows JDBC-batched, and
 * custom query plans on PostgreSQL ({@link #customPlans}).
 * Handles the benchmark's case only (a record matching a stored study is counted, not
 * merged: {@code StudyMerger} is the importer's).
 */
final class ProposedStore {
    private final Map<Object, Study> byKey = new HashMap<>();
    private final Map<String, Journal> journals = new HashMap<>();
    private final Set<String> knownFingerprints = new HashSet<>();
    private final Session s;
    private final boolean perRecord;
    long matched;

    private ProposedStore(Session s, boolean perRecord) {
        this.s = s;
        this.perRecord = perRecord;
    }

    /**
     * Stores the batch in the caller's transaction; returns the ids of new studies. With
     * {@code perRecord}, candidates come from one query per record (identifiers or title,
     * by unique and plain indexes) instead of three {@code in}-list queries per batch.
     */
    static List<Long> store(Session s, List<ParsedRecord> batch, boolean perRecord) {
        s.setHibernateFlushMode(FlushMode.COMMIT);
        customPlans(s);
        ProposedStore p = new ProposedStore(s, perRecord);
        p.prefetch(batch);
        List<Long> ids = new ArrayList<>(batch.size());
        for (ParsedRecord r : batch) {
            ids.add(p.storeOne(r));
        }
        p.changeLog(ids);
        return ids;
    }

    /**
     * PostgreSQL: plan every lookup for its parameters. Once pgjdbc prepares a statement on
     * the server (fifth use), PostgreSQL may switch to a generic plan made while the table was
     * small and never analysed: a sequential scan, which then grows with the table.
     */
    private static void customPlans(Session s) {
        s.doWork(c -> {
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (Statement st = c.createStatement()) {
                    st.execute("set local plan_cache_mode = force_custom_plan");
                }
            }
        });
    }

    private void prefetch(List<ParsedRecord> batch) {
        List<Object> dois = new ArrayList<>();
        List<Object> pmids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (ParsedRecord r : batch) {
            r.study().getDoi().ifPresent(dois::add);
            r.study().getPmid().ifPresent(pmids::add);
            Optional.ofNullable(r.study().getTitleKey()).ifPresent(titles::add);
            fingerprints.add(r.fingerprint());
        }
        if (!perRecord) {
            index(fetch("doi", dois));
            index(fetch("pmid", pmids));
            index(fetch("titleKey", titles));
        }
        if (!fingerprints.isEmpty()) {
            knownFingerprints.addAll(s.createSelectionQuery("select p.fingerprint from Provenance p where p.fingerprint "
                    + "in :f", String.class).setParameterList("f", fingerprints).getResultList());
        }
    }

    private List<Study> fetch(String field, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return s.createSelectionQuery("from Study where " + field + " in :v", Study.class)
                .setParameterList("v", values).getResultList();
    }

    private void index(List<Study> studies) {
        for (Study st : studies) {
            st.getDoi().ifPresent(d -> byKey.putIfAbsent(d, st));
            st.getPmid().ifPresent(p -> byKey.putIfAbsent(p, st));
            Optional.ofNullable(st.getTitleKey()).ifPresent(t -> byKey.putIfAbsent("title:" + t, st));
        }
    }

    private Long storeOne(ParsedRecord r) {
        Study in = r.study();
        if (perRecord && find(in) == null) {
            index(s.createSelectionQuery("from Study where doi = :d or pmid = :p or titleKey = :t", Study.class)
                    .setParameter("d", in.getDoi().orElse(null)).setParameter("p", in.getPmid().orElse(null))
                    .setParameter("t", in.getTitleKey()).getResultList());
        }
        Study found = find(in);
        if (found != null) {
            matched++;
            return found.getId();
        }
        in.setJournal(journal(in.getJournal()));
        if (!knownFingerprints.contains(r.fingerprint())) {
            in.addProvenance(new Provenance(r.format(), r.source(), r.recordKey(), r.fingerprint(), Instant.now()));
        }
        s.persist(in);
        index(List.of(in));
        return in.getId();
    }

    /** As StudyMatcher: DOI, PMID, then title with a compatible year and first author. */
    private Study find(Study in) {
        Study byId = in.getDoi().map(byKey::get).orElse(in.getPmid().map(byKey::get).orElse(null));
        if (byId != null || in.getTitleKey() == null) {
            return byId;
        }
        Study t = byKey.get("title:" + in.getTitleKey());
        boolean compatible = t != null && compatible(t.getPublished().year(), in.getPublished().year())
                && compatible(t.getFirstAuthorKey(), in.getFirstAuthorKey())
                && !(t.getDoi().isPresent() && in.getDoi().isPresent() && !t.getDoi().equals(in.getDoi()));
        return compatible ? t : null;
    }

    private static boolean compatible(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    private Journal journal(Journal j) {
        if (j == null) {
            return null;
        }
        return journals.computeIfAbsent(j.getTitleKey(), k -> s.bySimpleNaturalId(Journal.class).loadOptional(k)
                .orElseGet(() -> {
                    Journal n = new Journal(j.getTitle());
                    n.setIsoAbbreviation(j.getIsoAbbreviation());
                    n.setIssn(j.getIssn());
                    s.persist(n);
                    return n;
                }));
    }

    /** The counter advanced once (its row lock held to commit, as now), the rows inserted in one JDBC batch. */
    private void changeLog(List<Long> ids) {
        s.doWork(c -> {
            long last;
            try (Statement st = c.createStatement()) {
                st.executeUpdate("update change_counter set seq = seq + " + ids.size() + " where id = 1");
                try (ResultSet rs = st.executeQuery("select seq from change_counter where id = 1")) {
                    rs.next();
                    last = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into change_log (seq, study_id, changed_at) "
                    + "values (?, ?, ?)")) {
                long seq = last - ids.size();
                Timestamp now = Timestamp.from(Instant.now());
                for (Long id : ids) {
                    ps.setLong(1, ++seq);
                    ps.setLong(2, id);
                    ps.setTimestamp(3, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
