package org.clinicite.importer.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicite.core.id.Doi;
import org.clinicite.core.id.NctId;
import org.clinicite.core.model.Authorship;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.text.OutcomeMatch;
import org.clinicite.importer.text.OutcomePatterns;
import org.clinicite.importer.text.SampleSize;
import org.clinicite.importer.text.SampleSizeFinder;

/**
 * Reads the study a write-up reports from its text: title, authors, journal, DOI / trial
 * id, design, phase, sample size, population, substances and conditions, outcomes,
 * findings, and the numbers the write-up states (its claims). Only what the text states
 * is set; everything else stays null, and the study is a {@link StudyStatus#STUB}.
 * Stateless apart from the vocabulary; thread-safe.
 */
public final class StudyExtractor {
    private final TermFinder terms;

    public StudyExtractor(Vocabulary vocabulary) {
        this.terms = new TermFinder(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /** The study the article reports. */
    public StudyExtraction extract(NewsArticle article) {
        return extract(article.headline(), article.paragraphs());
    }

    /** The study described by the paragraphs; the headline (may be null) helps find its subject. */
    public StudyExtraction extract(String headline, List<String> paragraphs) {
        StudyText text = new StudyText(paragraphs);
        List<String> sentences = text.relevant();
        Study study = new Study();
        study.setStatus(StudyStatus.STUB);
        Optional<String> title = TitleFinder.find(sentences);
        title.ifPresent(study::setTitle);
        JournalFinder.find(sentences).map(Journal::new).ifPresent(study::setJournal);
        AuthorListParser.find(sentences).forEach(name -> study.addAuthor(Authorship.parse(name)));
        String all = String.join("\n", paragraphs);
        Doi.findInText(all).ifPresent(study::setDoi);
        NctId.findInText(all).ifPresent(study::setNctId);
        applyDesign(study, sentences, title.orElse(null));
        applySampleSize(study, sentences);
        PopulationFinder.find(sentences, headline).ifPresent(study::setPopulation);
        List<String> keyTexts = Stream.of(headline, title.orElse(null)).filter(Objects::nonNull).toList();
        terms.find(keyTexts, text.aboutStudy(), text.other()).forEach(study::addTerm);
        FindingsFinder.find(sentences).forEach(study::addFinding);
        List<Claim> claims = applyOutcomes(study, sentences);
        return new StudyExtraction(study, claims, describesStudy(study));
    }

    private static void applyDesign(Study study, List<String> sentences, String title) {
        List<String> withTitle = new ArrayList<>(sentences);
        if (title != null) {
            withTitle.add(title);
        }
        DesignInfo design = DesignDetector.detect(withTitle);
        study.setDesign(design.design());
        study.setDesignDetail(design.detail());
        study.setPhase(design.phase());
        study.setBlinding(design.blinding());
    }

    private static void applySampleSize(Study study, List<String> sentences) {
        SampleSize size = SampleSizeFinder.find(sentences);
        study.setEnrolled(size.enrolled());
        study.setAnalysed(size.analysed());
    }

    private static List<Claim> applyOutcomes(Study study, List<String> sentences) {
        List<Claim> claims = new ArrayList<>();
        for (String s : sentences) {
            for (OutcomeMatch m : OutcomePatterns.find(s)) {
                study.addOutcome(m.outcome());
                if (m.claim() != null && !claims.contains(m.claim())) {
                    claims.add(m.claim());
                }
            }
        }
        return claims;
    }

    private static boolean describesStudy(Study study) {
        return study.getTitle() != null || study.getJournal() != null || study.getDoi().isPresent()
                || study.getNctId().isPresent() || !study.getOutcomes().isEmpty()
                || study.getDesign() != null && study.sampleSize() != null;
    }
}
