package org.clinicite.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A number a write-up states about a study, e.g. "15 of 19 participants showed
 * significant (&gt; 30%) reduction in symptoms": responders 15 of total 19.
 */
@Embeddable
public record Claim(
        @Column(name = "sentence", length = 4000) String sentence,
        @Column(name = "responders") Integer responders,
        @Column(name = "total") Integer total) {
}
