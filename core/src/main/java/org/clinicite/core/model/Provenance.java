package org.clinicite.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One source record merged into a study: which format, which file, where in it, and a
 * fingerprint of its content, so that importing the same record again changes nothing.
 */
@Entity
@Table(name = "provenance")
public class Provenance {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provenance_seq")
    @SequenceGenerator(name = "provenance_seq", sequenceName = "provenance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    @Column(nullable = false)
    private String format;

    private String source;

    @Column(name = "record_key")
    private String recordKey;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Provenance() {
    }

    public Provenance(String format, String source, String recordKey, String fingerprint, Instant importedAt) {
        this.format = format;
        this.source = source;
        this.recordKey = recordKey;
        this.fingerprint = fingerprint;
        this.importedAt = importedAt;
    }

    void attach(Study study) {
        this.study = study;
    }

    public Long getId() {
        return id;
    }

    public String getFormat() {
        return format;
    }

    public String getSource() {
        return source;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
