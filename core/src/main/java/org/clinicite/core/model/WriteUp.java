package org.clinicite.core.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.NaturalId;

/**
 * A news article (or press release, blog post) that reports on one or more studies.
 * Identified by a fingerprint of outlet, headline and date, so the same article imported
 * again, from text or from HTML, is stored once.
 */
@Entity
@Table(name = "write_up")
public class WriteUp {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "write_up_seq")
    @SequenceGenerator(name = "write_up_seq", sequenceName = "write_up_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(nullable = false, unique = true)
    private String fingerprint;

    private String outlet;
    @Column(nullable = false)
    private String headline;
    private String byline;
    @Column(name = "published_date")
    private LocalDate publishedDate;
    private String url;
    private String body;

    @ElementCollection
    @CollectionTable(name = "write_up_category", joinColumns = @JoinColumn(name = "write_up_id"))
    @OrderColumn(name = "position")
    @Column(name = "category", nullable = false)
    private List<String> categories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim", joinColumns = @JoinColumn(name = "write_up_id"))
    @OrderColumn(name = "position")
    private List<Claim> claims = new ArrayList<>();

    @OneToMany(mappedBy = "writeUp")
    private List<Coverage> coverage = new ArrayList<>();

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt = Instant.now();

    protected WriteUp() {
    }

    public WriteUp(String outlet, String headline, LocalDate publishedDate) {
        this.outlet = outlet;
        this.headline = headline;
        this.publishedDate = publishedDate;
        this.fingerprint = WriteUpFingerprint.of(outlet, headline, publishedDate);
    }

    /** A new, unsaved write-up with this one's fields, claims and categories (no links). */
    public WriteUp detachedCopy() {
        WriteUp c = new WriteUp(outlet, headline, publishedDate);
        c.fingerprint = fingerprint;
        c.byline = byline;
        c.url = url;
        c.body = body;
        c.categories.addAll(categories);
        c.claims.addAll(claims);
        return c;
    }

    public Long getId() {
        return id;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getHeadline() {
        return headline;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public LocalDate getPublishedDate() {
        return publishedDate;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getCategories() {
        return Collections.unmodifiableList(categories);
    }

    public void setCategories(List<String> categories) {
        this.categories.clear();
        this.categories.addAll(categories);
    }

    public List<Claim> getClaims() {
        return Collections.unmodifiableList(claims);
    }

    public void setClaims(List<Claim> claims) {
        this.claims.clear();
        this.claims.addAll(claims);
    }

    public List<Coverage> getCoverage() {
        return Collections.unmodifiableList(coverage);
    }

    void addCoverage(Coverage c) {
        coverage.add(c);
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
