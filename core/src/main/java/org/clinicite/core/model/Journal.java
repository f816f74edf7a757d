package org.clinicite.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.clinicite.core.text.TextKeys;
import org.hibernate.annotations.NaturalId;

/** A journal, shared by the studies published in it; identified by its normalised title. */
@Entity
@Table(name = "journal")
public class Journal {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_seq")
    @SequenceGenerator(name = "journal_seq", sequenceName = "journal_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String title;

    @NaturalId
    @Column(name = "title_key", nullable = false, unique = true)
    private String titleKey;

    @Column(name = "iso_abbreviation")
    private String isoAbbreviation;

    private String issn;

    protected Journal() {
    }

    public Journal(String title) {
        this.title = title.strip();
        this.titleKey = TextKeys.titleKey(title);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** A better spelling of the same title (the key, the journal's identity, stays). */
    public void setTitle(String title) {
        this.title = title.strip();
    }

    public String getTitleKey() {
        return titleKey;
    }

    public String getIsoAbbreviation() {
        return isoAbbreviation;
    }

    public void setIsoAbbreviation(String isoAbbreviation) {
        this.isoAbbreviation = isoAbbreviation;
    }

    public String getIssn() {
        return issn;
    }

    public void setIssn(String issn) {
        this.issn = issn;
    }
}
