package org.clinicite.core.id;

/** A normalised, validated identifier of a study (DOI, PMID, PMCID, NCT number). */
public interface Identifier {
    /** The normalised form, as stored and compared. */
    String value();

    /** The scheme name used in output and in the query language ({@code doi}, {@code pmid}, ...). */
    String scheme();
}
