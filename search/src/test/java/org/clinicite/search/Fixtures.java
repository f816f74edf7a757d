package org.clinicite.search;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.id.Pmid;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Coverage;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.LinkMethod;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.model.WriteUp;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;

/** A small hand-made vocabulary and six studies that exercise every field. */
final class Fixtures {
    private Fixtures() {
    }

    static Vocabulary vocabulary() {
        return Vocabulary.of(List.of(
                cls("psychedelic", TermKind.SUBSTANCE, "psychedelic", List.of()),
                cls("entactogen", TermKind.SUBSTANCE, "entactogen", List.of("psychedelic")),
                cls("classic-psychedelic", TermKind.SUBSTANCE, "classic psychedelic", List.of("psychedelic")),
                term("mdma", TermKind.SUBSTANCE, "MDMA", List.of("ecstasy", "midomafetamine",
                        "3,4-methylenedioxymethamphetamine"), List.of(), List.of("entactogen")),
                term("psilocybin", TermKind.SUBSTANCE, "psilocybin", List.of("psilocybine"), List.of(),
                        List.of("classic-psychedelic")),
                term("ketamine", TermKind.SUBSTANCE, "ketamine", List.of(), List.of(), List.of()),
                term("ptsd", TermKind.CONDITION, "post-traumatic stress disorder", List.of("posttraumatic stress disorder"),
                        List.of("PTSD"), List.of()),
                cls("mood-disorder", TermKind.CONDITION, "mood disorder", List.of()),
                term("major-depressive-disorder", TermKind.CONDITION, "major depressive disorder",
                        List.of("depression", "treatment-resistant depression"), List.of("MDD"), List.of("mood-disorder")),
                term("bipolar", TermKind.CONDITION, "bipolar disorder", List.of(), List.of(), List.of("mood-disorder")),
                term("alcohol-use-disorder", TermKind.CONDITION, "alcohol use disorder", List.of("alcoholism"),
                        List.of("AUD"), List.of())));
    }

    private static Term term(String key, TermKind kind, String name, List<String> synonyms, List<String> abbrevs,
            List<String> broader) {
        return new Term(key, kind, name, synonyms, abbrevs, broader, false, Map.of());
    }

    private static Term cls(String key, TermKind kind, String name, List<String> broader) {
        return new Term(key, kind, name, List.of(), List.of(), broader, true, Map.of());
    }

    /** The six studies with ids 1..6 set, as if loaded from the database. */
    static List<Study> studies() {
        List<Study> all = List.of(barone(), mitchell(), carhartHarris(), davis(), ketamine(), saoPaulo());
        for (int i = 0; i < all.size(); i++) {
            setId(all.get(i), i + 1L);
        }
        return all;
    }

    static List<StudyDocument> documents() {
        return studies().stream().map(StudyDocuments::from).toList();
    }

    static void setId(Study s, long id) {
        try {
            Field f = Study.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(s, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1: the worked example of DESIGN.md. */
    static Study barone() {
        Study s = base("Patient perspectives on MDMA-assisted psychotherapy for treatment-resistant PTSD: "
                + "a qualitative follow-up study", 2019, "Journal of Psychoactive Drugs", StudyDesign.QUALITATIVE_FOLLOW_UP);
        s.setAbstractText("Participants of a phase 2 trial of MDMA-assisted psychotherapy described lasting "
                + "benefits, including greater self-awareness and improved relationships, one year after treatment.");
        authors(s, "Barone", "Beck", "Mitsunaga-Whitten", "Perl");
        s.setAnalysed(19);
        s.setPhase("Phase 2");
        s.setDoi(new Doi("10.1080/02791072.2019.1580805"));
        s.setPmid(new Pmid("30822226"));
        substance(s, "mdma", "MDMA");
        condition(s, "ptsd", "post-traumatic stress disorder");
        s.addOutcome(new Outcome("significant reduction in symptoms", 15, 19, "> 30% reduction", "12 months"));
        s.addFinding("Participants reported enhanced self-awareness and acceptance.");
        WriteUp w = new WriteUp("PsyPost", "MDMA-assisted psychotherapy leads to lasting improvements for PTSD",
                LocalDate.of(2020, 3, 23));
        w.setBody("Fifteen of 19 participants showed significant reduction in symptoms one year later.");
        Coverage.link(w, s, LinkMethod.DOI, 1.0);
        return s;
    }

    /** 2: a phase 3 RCT of MDMA for PTSD. */
    static Study mitchell() {
        Study s = base("MDMA-assisted therapy for severe PTSD: a randomized, double-blind, placebo-controlled "
                + "phase 3 study", 2021, "Nature Medicine", StudyDesign.RCT);
        s.setAbstractText("Midomafetamine with therapy significantly attenuated CAPS-5 total severity scores "
                + "compared with placebo.");
        authors(s, "Mitchell", "Bogenschutz");
        s.setEnrolled(91);
        s.setAnalysed(90);
        s.setPhase("PHASE III");
        s.setNctId(new NctId("NCT03537014"));
        substance(s, "mdma", "MDMA");
        condition(s, "ptsd", "post-traumatic stress disorder");
        Outcome o = new Outcome("change in CAPS-5 total severity score", null, null, null, "18 weeks");
        o.setEffectSize("d = 0.91");
        s.addOutcome(o);
        return s;
    }

    /** 3: open-label psilocybin for treatment-resistant depression. */
    static Study carhartHarris() {
        Study s = base("Psilocybin with psychological support for treatment-resistant depression: an open-label "
                + "feasibility study", 2016, "The Lancet Psychiatry", StudyDesign.OPEN_LABEL_TRIAL);
        s.setAbstractText("Psilocybin was well tolerated and depressive symptoms were markedly reduced one week "
                + "after the high-dose session.");
        authors(s, "Carhart-Harris");
        s.setEnrolled(12);
        s.setPhase("2");
        substance(s, "psilocybin", "psilocybin");
        condition(s, "major-depressive-disorder", "major depressive disorder");
        s.addOutcome(new Outcome("no longer depressed", 8, 12, null, "1 week"));
        return s;
    }

    /** 4: an RCT of psilocybin for depression, covered by the news. */
    static Study davis() {
        Study s = base("Effects of psilocybin-assisted therapy on major depressive disorder: a randomized "
                + "clinical trial", 2021, "JAMA Psychiatry", StudyDesign.RCT);
        s.setAbstractText("Psilocybin-assisted therapy was efficacious in producing large, rapid, and sustained "
                + "antidepressant effects.");
        authors(s, "Davis", "Barrett", "May");
        s.setAnalysed(24);
        substance(s, "psilocybin", "psilocybin");
        condition(s, "major-depressive-disorder", "major depressive disorder");
        WriteUp w = new WriteUp("ScienceDaily", "Psilocybin therapy shows rapid antidepressant effects",
                LocalDate.of(2020, 11, 4));
        w.setBody("Two doses of psilocybin produced rapid and large reductions in depressive symptoms.");
        Coverage.link(w, s, LinkMethod.TITLE_MATCH, 0.9);
        return s;
    }

    /** 5: a large cohort of ketamine in bipolar disorder; no outcomes. */
    static Study ketamine() {
        Study s = base("Ketamine infusions in bipolar depression: a retrospective cohort", 2012,
                "Journal of Affective Disorders", StudyDesign.COHORT);
        s.setAbstractText("Records of ketamine infusions were reviewed for mood outcomes.");
        authors(s, "Nguyen");
        s.setEnrolled(300);
        substance(s, "ketamine", "ketamine");
        condition(s, "bipolar", "bipolar disorder");
        return s;
    }

    /** 6: no year, no size, diacritics, a word (ayahuasca) that is not in the vocabulary. */
    static Study saoPaulo() {
        Study s = new Study();
        s.setTitle("Uso de psilocibina em São Paulo: a survey of drinkers");
        s.setAbstractText("Respondents compared psilocybin with ayahuasca ceremonies in São Paulo. Most preferred group settings.");
        s.setJournal(new Journal("Revista Brasileira de Psiquiatria"));
        s.setDesign(StudyDesign.SURVEY);
        s.addAuthor(new Authorship("Müller", "Ana"));
        substance(s, "psilocybin", "psilocybin");
        condition(s, "alcohol-use-disorder", "alcohol use disorder");
        return s;
    }

    private static Study base(String title, int year, String journal, StudyDesign design) {
        Study s = new Study();
        s.setTitle(title);
        s.setPublished(PartialDate.ofYear(year));
        s.setJournal(new Journal(journal));
        s.setDesign(design);
        return s;
    }

    private static void authors(Study s, String... families) {
        for (String f : families) {
            s.addAuthor(new Authorship(f, null));
        }
    }

    static void substance(Study s, String key, String name) {
        s.addTerm(new StudyTerm(TermKind.SUBSTANCE, key, name, TermRole.INTERVENTION, null));
    }

    static void condition(Study s, String key, String name) {
        s.addTerm(new StudyTerm(TermKind.CONDITION, key, name, TermRole.STUDIED, null));
    }
}
