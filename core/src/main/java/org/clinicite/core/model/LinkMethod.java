package org.clinicite.core.model;

/** How a write-up was linked to a study. */
public enum LinkMethod {
    /** The write-up names the study's DOI. */
    DOI,
    /** The write-up names a PMID or registry number of the study. */
    IDENTIFIER,
    /** The study was described in the write-up itself and extracted from it. */
    EXTRACTED,
    /** Title (and authors) in the write-up match a known study. */
    TITLE_MATCH,
    /** A person linked them. */
    MANUAL
}
