package org.clinicite.core.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmcid;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.text.TextKeys;

/**
 * One published report or registered trial. Children (authors, terms, outcomes,
 * findings, provenance) belong to it and are saved and deleted with it.
 */
@Entity
@Table(name = "study")
public class Study {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_seq")
    @SequenceGenerator(name = "study_seq", sequenceName = "study_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StudyStatus status = StudyStatus.STUB;

    private String title;

    @Column(name = "title_key")
    private String titleKey;

    @Column(name = "abstract_text")
    private String abstractText;

    @Column(name = "publication_type")
    private String publicationType;

    private Doi doi;
    private Pmid pmid;
    private Pmcid pmcid;
    @Column(name = "nct_id")
    private NctId nctId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "journal_id")
    private Journal journal;

    private String volume;
    private String issue;
    private String pages;

    @Embedded
    private PartialDate published;

    @Enumerated(EnumType.STRING)
    private StudyDesign design;

    /** The design in the source's words: "qualitative follow-up of a phase 2 clinical trial". */
    @Column(name = "design_detail")
    private String designDetail;

    private String phase;
    private String blinding;
    private Integer enrolled;
    private Integer analysed;
    private String population;

    @Column(name = "first_author_key")
    private String firstAuthorKey;

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Authorship> authors = new ArrayList<>();

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<StudyTerm> terms = new ArrayList<>();

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Outcome> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "finding", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> findings = new ArrayList<>();

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Provenance> provenance = new ArrayList<>();

    @OneToMany(mappedBy = "study")
    private List<Coverage> coverage = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    public Study() {
    }

    public Long getId() {
        return id;
    }

    public StudyStatus getStatus() {
        return status;
    }

    public void setStatus(StudyStatus status) {
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
        this.titleKey = title == null ? null : TextKeys.titleKey(title);
    }

    public String getTitleKey() {
        return titleKey;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public String getPublicationType() {
        return publicationType;
    }

    public void setPublicationType(String publicationType) {
        this.publicationType = publicationType;
    }

    public Optional<Doi> getDoi() {
        return Optional.ofNullable(doi);
    }

    public void setDoi(Doi doi) {
        this.doi = doi;
    }

    public Optional<Pmid> getPmid() {
        return Optional.ofNullable(pmid);
    }

    public void setPmid(Pmid pmid) {
        this.pmid = pmid;
    }

    public Optional<Pmcid> getPmcid() {
        return Optional.ofNullable(pmcid);
    }

    public void setPmcid(Pmcid pmcid) {
        this.pmcid = pmcid;
    }

    public Optional<NctId> getNctId() {
        return Optional.ofNullable(nctId);
    }

    public void setNctId(NctId nctId) {
        this.nctId = nctId;
    }

    public Journal getJournal() {
        return journal;
    }

    public void setJournal(Journal journal) {
        this.journal = journal;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    /** The publication date; an empty date (no year) when the source gives none. */
    public PartialDate getPublished() {
        return published == null ? new PartialDate(null, null, null) : published;
    }

    public void setPublished(PartialDate published) {
        this.published = published == null || published.isEmpty() ? null : published;
    }

    public StudyDesign getDesign() {
        return design;
    }

    public void setDesign(StudyDesign design) {
        this.design = design;
    }

    public String getDesignDetail() {
        return designDetail;
    }

    public void setDesignDetail(String designDetail) {
        this.designDetail = designDetail;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getBlinding() {
        return blinding;
    }

    public void setBlinding(String blinding) {
        this.blinding = blinding;
    }

    public Integer getEnrolled() {
        return enrolled;
    }

    public void setEnrolled(Integer enrolled) {
        this.enrolled = enrolled;
    }

    public Integer getAnalysed() {
        return analysed;
    }

    public void setAnalysed(Integer analysed) {
        this.analysed = analysed;
    }

    /** The sample size to show and search on: analysed if known, else enrolled. */
    public Integer sampleSize() {
        return analysed != null ? analysed : enrolled;
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public String getFirstAuthorKey() {
        return firstAuthorKey;
    }

    public List<Authorship> getAuthors() {
        return Collections.unmodifiableList(authors);
    }

    /** Appends an author at the next position. */
    public void addAuthor(Authorship a) {
        a.attach(this, authors.size() + 1);
        authors.add(a);
        if (authors.size() == 1) {
            firstAuthorKey = a.getFamily() == null ? null : TextKeys.nameKey(a.getFamily());
        }
    }

    public void clearAuthors() {
        authors.clear();
        firstAuthorKey = null;
    }

    /**
     * Replaces the author list, updating the stored authorships in place (position by
     * position) so no unique (study, position) pair is ever inserted before it is freed.
     */
    public void replaceAuthors(List<Authorship> incoming) {
        for (int i = 0; i < incoming.size(); i++) {
            if (i < authors.size()) {
                authors.get(i).copyFrom(incoming.get(i));
            } else {
                Authorship a = new Authorship();
                a.copyFrom(incoming.get(i));
                a.attach(this, i + 1);
                authors.add(a);
            }
        }
        while (authors.size() > incoming.size()) {
            authors.remove(authors.size() - 1);
        }
        Authorship first = authors.isEmpty() ? null : authors.get(0);
        firstAuthorKey = first == null || first.getFamily() == null ? null : TextKeys.nameKey(first.getFamily());
    }

    public List<StudyTerm> getTerms() {
        return Collections.unmodifiableList(terms);
    }

    public List<StudyTerm> terms(TermKind kind) {
        return terms.stream().filter(t -> t.getKind() == kind).toList();
    }

    /** Adds a term unless the same term with the same role is already there. */
    public boolean addTerm(StudyTerm t) {
        boolean present = terms.stream().anyMatch(x -> x.getKind() == t.getKind()
                && x.getTermKey().equals(t.getTermKey()) && x.getRole() == t.getRole());
        if (present) {
            return false;
        }
        t.attach(this);
        terms.add(t);
        return true;
    }

    public List<Outcome> getOutcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    /** Adds an outcome unless the same one is already there. */
    public boolean addOutcome(Outcome o) {
        if (outcomes.stream().anyMatch(x -> x.sameAs(o))) {
            return false;
        }
        o.attach(this, outcomes.size() + 1);
        outcomes.add(o);
        return true;
    }

    public List<String> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    public boolean addFinding(String finding) {
        if (finding == null || finding.isBlank() || findings.contains(finding)) {
            return false;
        }
        return findings.add(finding);
    }

    public List<Provenance> getProvenance() {
        return Collections.unmodifiableList(provenance);
    }

    public void addProvenance(Provenance p) {
        p.attach(this);
        provenance.add(p);
    }

    public List<Coverage> getCoverage() {
        return Collections.unmodifiableList(coverage);
    }

    void addCoverage(Coverage c) {
        coverage.add(c);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch() {
        this.updatedAt = Instant.now();
    }
}
