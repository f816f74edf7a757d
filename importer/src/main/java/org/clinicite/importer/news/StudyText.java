package org.clinicite.importer.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clinicite.importer.text.Sentences;

/**
 * A write-up's sentences sorted for extraction: background sentences (about earlier or
 * other research) are set aside; of the rest, those that speak of the study itself
 * ("the study", "researchers", "participants", "published in", …) are told apart.
 */
final class StudyText {
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:previous(?:ly)?|prior|earlier|past|older)\\s+"
            + "(?:\\w+\\s+)?(?:studies|study|research|trials?|work|findings|analyses)\\b|\\bother (?:studies|trials|research)\\b"
            + "|\\banother (?:study|trial)\\b");
    private static final Pattern ABOUT_STUDY = Pattern.compile("(?i)\\b(?:the|this|new|latest)\\s+(?:\\w+\\s+){0,2}?"
            + "(?:study|trial|paper|analysis|research|findings|results)\\b|\\bresearchers\\b|\\bparticipants\\b|"
            + "\\bpatients\\b|\\bvolunteers\\b|\\benrolled\\b|\\brandomi[sz]ed\\b|\\bpublished\\b|\\bthe authors\\b|"
            + "\\bthe team\\b|\\bfound that\\b");

    private final List<String> relevant = new ArrayList<>();
    private final List<String> aboutStudy = new ArrayList<>();
    private final List<String> other = new ArrayList<>();

    StudyText(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            for (String s : Sentences.split(paragraph)) {
                sort(s);
            }
        }
    }

    private void sort(String sentence) {
        if (BACKGROUND.matcher(sentence).find()) {
            return;
        }
        relevant.add(sentence);
        (ABOUT_STUDY.matcher(sentence).find() ? aboutStudy : other).add(sentence);
    }

    /** Every sentence that is not background, in order. */
    List<String> relevant() {
        return relevant;
    }

    List<String> aboutStudy() {
        return aboutStudy;
    }

    List<String> other() {
        return other;
    }
}
