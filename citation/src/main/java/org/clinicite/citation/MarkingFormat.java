package org.clinicite.citation;

/** An output format that applies clinicite's {@link MarkedRegions}; all of {@link OutputFormat}'s formats are. */
interface MarkingFormat {
    MarkedRegions regions();
}
