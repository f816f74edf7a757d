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
import java.util.Objects;

/**
 * A result of a study: e.g. 15 of 19 participants showed a &gt; 30% reduction in symptoms
 * at 12 months. Every number is optional; the sentence it was read from is kept.
 */
@Entity
@Table(name = "outcome")
public class Outcome {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_seq")
    @SequenceGenerator(name = "outcome_seq", sequenceName = "outcome_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private Study study;

    @Column(nullable = false)
    private int position;

    private String measure;
    private String description;
    private Integer responders;
    private Integer total;
    private String threshold;
    private String timepoint;
    @Column(name = "effect_size")
    private String effectSize;
    @Column(name = "p_value")
    private String pValue;
    @Column(name = "source_sentence")
    private String sourceSentence;

    protected Outcome() {
    }

    public Outcome(String description, Integer responders, Integer total, String threshold, String timepoint) {
        this.description = description;
        this.responders = responders;
        this.total = total;
        this.threshold = threshold;
        this.timepoint = timepoint;
    }

    void attach(Study study, int position) {
        this.study = study;
        this.position = position;
    }

    /** Same numbers and wording: the same outcome read twice (merging must not duplicate it). */
    public boolean sameAs(Outcome o) {
        return Objects.equals(responders, o.responders) && Objects.equals(total, o.total)
                && Objects.equals(threshold, o.threshold) && Objects.equals(timepoint, o.timepoint)
                && Objects.equals(measure, o.measure)
                && (responders != null || Objects.equals(description, o.description));
    }

    /** "15/19 (79%) > 30% reduction in symptoms, 12 months". */
    public String summaryLine() {
        StringBuilder sb = new StringBuilder();
        if (responders != null && total != null && total > 0) {
            sb.append(responders).append('/').append(total)
                    .append(" (").append(Math.round(100.0 * responders / total)).append("%)");
        }
        String what = what();
        if (what != null) {
            sb.append(sb.length() > 0 ? " " : "").append(what);
        }
        if (timepoint != null) {
            sb.append(", ").append(timepoint);
        }
        return sb.toString();
    }

    /** What was counted, without numbers or time point: "&gt; 30% reduction in symptoms". */
    public String what() {
        String what = description != null ? description : measure;
        if (threshold != null && (what == null || !what.contains(threshold))) {
            // "> 30%" reads as a prefix ("> 30% reduction in symptoms"); a wordier threshold goes in brackets
            boolean bare = threshold.strip().matches("[<>≥≤=]+\\s*[\\d.,]+\\s*%?");
            what = what == null ? threshold : bare ? threshold + " " + what : what + " (" + threshold + ")";
        }
        return what;
    }

    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public int getPosition() {
        return position;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getDescription() {
        return description;
    }

    public Integer getResponders() {
        return responders;
    }

    public Integer getTotal() {
        return total;
    }

    public String getThreshold() {
        return threshold;
    }

    public String getTimepoint() {
        return timepoint;
    }

    public String getEffectSize() {
        return effectSize;
    }

    public void setEffectSize(String effectSize) {
        this.effectSize = effectSize;
    }

    public String getPValue() {
        return pValue;
    }

    public void setPValue(String pValue) {
        this.pValue = pValue;
    }

    public String getSourceSentence() {
        return sourceSentence;
    }

    public void setSourceSentence(String sourceSentence) {
        this.sourceSentence = sourceSentence;
    }
}
