package org.clinicite.core.model;

/**
 * How far a study record is confirmed. A study first seen in a news write-up is a
 * {@link #STUB}: only what the article states, unverified. A bibliographic or registry
 * record (PubMed, ClinicalTrials.gov, RIS, ...) makes it {@link #VERIFIED}.
 */
public enum StudyStatus {
    STUB,
    VERIFIED
}
