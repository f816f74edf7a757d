package org.clinicite.importer.news;

import java.util.List;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.Study;

/**
 * What {@link StudyExtractor} read from a write-up.
 *
 * @param study          the study it reports, detached, a {@link org.clinicite.core.model.StudyStatus#STUB}
 * @param claims         the numbers the write-up states, with their sentences
 * @param describesStudy whether the text describes a study at all (a title, a journal, a DOI or
 *                       trial id, a stated result, or a design with a sample size)
 */
public record StudyExtraction(Study study, List<Claim> claims, boolean describesStudy) {

    public StudyExtraction {
        claims = List.copyOf(claims);
    }
}
