package org.clinicite.importer.text;

import org.clinicite.core.model.Claim;
import org.clinicite.core.model.Outcome;

/** A result read from one sentence: the study's outcome and, when it states counts, the write-up's claim. */
public record OutcomeMatch(Outcome outcome, Claim claim) {
}
