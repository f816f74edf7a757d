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
 * The link between a write-up and a study it reports, with how it was made and how sure
 * it is. Whether the write-up's numbers agree with the study is derived, not stored
 * (see {@link ClaimCheck}), so it stays right when the study is completed later.
 */
@Entity
@Table(name = "coverage")
public class Coverage {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coverage_seq")
    @SequenceGenerator(name = "coverage_seq", sequenceName = "coverage_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "write_up_id")
    private WriteUp writeUp;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkMethod method;

    @Column(nullable = false)
    private double confidence;

    protected Coverage() {
    }

    /** Creates the link and registers it on both sides. */
    public static Coverage link(WriteUp writeUp, Study study, LinkMethod method, double confidence) {
        Coverage c = new Coverage();
        c.writeUp = writeUp;
        c.study = study;
        c.method = method;
        c.confidence = confidence;
        writeUp.addCoverage(c);
        study.addCoverage(c);
        return c;
    }

    public Long getId() {
        return id;
    }

    public WriteUp getWriteUp() {
        return writeUp;
    }

    public Study getStudy() {
        return study;
    }

    public LinkMethod getMethod() {
        return method;
    }

    public double getConfidence() {
        return confidence;
    }
}
