package org.clinicite.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A study's link to a vocabulary term (a substance or a condition) with its role.
 * Stores the term's key and name as they were at import, so a study stays readable when
 * a user's vocabulary file changes.
 */
@Entity
@Table(name = "study_term")
public class StudyTerm {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_term_seq")
    @SequenceGenerator(name = "study_term_seq", sequenceName = "study_term_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TermKind kind;

    @Column(name = "term_key", nullable = false)
    private String termKey;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TermRole role;

    /** What the source says beyond the term, e.g. "treatment-resistant". */
    private String qualifier;

    protected StudyTerm() {
    }

    public StudyTerm(TermKind kind, String termKey, String label, TermRole role, String qualifier) {
        this.kind = kind;
        this.termKey = termKey;
        this.label = label;
        this.role = role;
        this.qualifier = qualifier;
    }

    void attach(Study study) {
        this.study = study;
    }

    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public TermKind getKind() {
        return kind;
    }

    public String getTermKey() {
        return termKey;
    }

    public String getLabel() {
        return label;
    }

    public TermRole getRole() {
        return role;
    }

    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }
}
