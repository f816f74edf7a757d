package org.clinicite.core.testing;

import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;

/** Detached studies with every field set, for persistence and mapping tests. */
public final class SampleStudies {
    private SampleStudies() {
    }

    /**
     * The study of the PsyPost example, completed as a journal record would give it
     * (the PMID and NCT number here are test values, not claims about the real paper).
     */
    public static Study baroneComplete(Journal journal) {
        Study s = baroneStub();
        s.setStatus(StudyStatus.VERIFIED);
        s.setJournal(journal);
        s.setVolume("51");
        s.setIssue("2");
        s.setPages("199-208");
        s.setPublished(new PartialDate(2019, 4, null));
        s.setDoi(new Doi("https://doi.org/10.1080/02791072.2019.1580805"));
        s.setPmid(new Pmid("30849288"));
        s.setNctId(new NctId("NCT01211405"));
        return s;
    }

    /** What the news article alone says about the study. */
    public static Study baroneStub() {
        Study s = new Study();
        s.setTitle("Perceived Benefits of MDMA-Assisted Psychotherapy beyond Symptom Reduction: Qualitative "
                + "Follow-Up Study of a Clinical Trial for Individuals with Treatment-Resistant PTSD");
        s.addAuthor(new Authorship("Barone", "William"));
        s.addAuthor(new Authorship("Beck", "Jerome"));
        s.addAuthor(new Authorship("Mitsunaga-Whitten", "Michiko"));
        s.addAuthor(new Authorship("Perl", "Phillip"));
        s.setDesign(StudyDesign.QUALITATIVE_FOLLOW_UP);
        s.setDesignDetail("qualitative follow-up of a phase 2 clinical trial");
        s.setPhase("2");
        s.setAnalysed(19);
        s.setPopulation("veterans, police officers, and firefighters");
        s.addTerm(new StudyTerm(TermKind.SUBSTANCE, "mdma", "MDMA", TermRole.INTERVENTION, null));
        s.addTerm(new StudyTerm(TermKind.CONDITION, "ptsd", "post-traumatic stress disorder", TermRole.STUDIED,
                "treatment-resistant"));
        Outcome o = new Outcome("reduction in symptoms", 15, 19, "> 30%", "12 months");
        o.setSourceSentence("One year after an MDMA-assisted clinical trial for treatment-resistant PTSD, "
                + "15 of 19 participants showed significant (> 30%) reduction in symptoms.");
        s.addOutcome(o);
        s.addFinding("increased self-awareness");
        s.addFinding("improvements in relationships and social skills");
        s.addFinding("reduced substance abuse");
        s.addFinding("openness to continued therapy");
        return s;
    }
}
