package org.clinicite.importer.news;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The study's authors as a write-up names them: a full list ("was authored by William
 * Barone, Jerome Beck, Michiko Mitsunaga-Whitten, and Phillip Perl", "The authors were
 * …") or, failing that, the lead author alone ("Researchers led by Robin Carhart-Harris
 * at Imperial College London", "a team led by Dr. Jennifer Mitchell of UCSF"). Names
 * stay as printed; affiliations and "and colleagues" are cut off.
 */
final class AuthorListParser {
    private static final Pattern LIST = Pattern.compile("(?:\\b(?:was|were)\\s+(?:co-)?(?:authored|written)\\s+by"
            + "|\\b(?i:the)\\s+(?:study's\\s+|paper's\\s+)?authors\\s+(?:were|are|include|included)|"
            + "\\b(?:authors|co-authors)\\s+(?:of the study\\s+)?(?:were|are|include|included))\\s*:?\\s+(.+)$");
    private static final Pattern LED_BY = Pattern.compile("\\b(?:led|headed|directed|conducted)\\s+by\\s+(?:(?:Dr\\.?|Prof\\.?|"
            + "Professor|Associate Professor|neuroscientist|psychiatrist|psychologist|researcher)\\s+)*"
            + "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})");
    private static final Pattern TAIL = Pattern.compile("(?:,?\\s+(?:and|&)\\s+(?:colleagues|others|co-?workers)|"
            + ",?\\s+et al\\.?|\\s+(?:at|of|from|in|who)\\s+(?:the\\s+)?\\p{L}.*|[.;)]\\s*$|\\.$)");

    private AuthorListParser() {
    }

    /** The authors in order, or empty. */
    static List<String> find(List<String> sentences) {
        for (String s : sentences) {
            Matcher m = LIST.matcher(s);
            if (m.find()) {
                List<String> names = NameText.splitList(cut(m.group(1)));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return leadAuthor(sentences).map(List::of).orElse(List.of());
    }

    private static Optional<String> leadAuthor(List<String> sentences) {
        for (String s : sentences) {
            Matcher m = LED_BY.matcher(s);
            if (m.find() && NameText.isName(m.group(1))) {
                return Optional.of(NameText.strip(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String cut(String list) {
        String s = list.strip();
        Matcher tail = TAIL.matcher(s);
        return tail.find() ? s.substring(0, tail.start()).strip() : s;
    }
}
