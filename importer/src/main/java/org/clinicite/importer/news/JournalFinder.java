package org.clinicite.importer.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal a write-up names: "published in the Journal of Psychoactive Drugs",
 * "published in JAMA Psychiatry", "appeared in The Lancet Psychiatry", "in the journal
 * Nature Medicine", "in the New England Journal of Medicine". The name is the run of
 * capitalised words (joined by "of", "and", "for", "the", "in", "&amp;") after the cue; a
 * lower-case "the" before it is dropped, a capitalised "The" is kept as part of the name.
 */
final class JournalFinder {
    private static final Pattern CUE = Pattern.compile("\\b(?:(?i:published|publishing|appearing|appears|appeared|"
            + "reported|described|out|presented)\\s+(?:(?:online|today|recently|this week|this month|last week|"
            + "last month|on \\p{Lu}\\w+)\\s+)?in\\s+(?:the\\s+)?(?:(?:peer-reviewed|scientific|medical|academic|"
            + "prestigious|respected|leading)\\s+)*(?:journal\\s+)?|\\b(?:in|by)\\s+the\\s+(?:(?:peer-reviewed|"
            + "scientific|medical|academic)\\s+)*journal,?\\s+|\\bin\\s+the\\s+(?=(?:\\p{Lu}\\w+\\s+){0,3}Journal\\b))");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "in", "&");
    private static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "The", "A", "An", "This", "That", "It");
    private static final int MAX_WORDS = 10;

    private JournalFinder() {
    }

    static Optional<String> find(List<String> sentences) {
        for (String s : sentences) {
            Matcher m = CUE.matcher(s);
            while (m.find()) {
                Optional<String> name = nameAt(s, m.end());
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** The capitalised name starting at {@code from}. */
    static Optional<String> nameAt(String text, int from) {
        List<String> words = new ArrayList<>();
        for (String token : text.substring(from).split("\\s+")) {
            if (token.isEmpty() || token.startsWith("(") || words.size() >= MAX_WORDS) {
                break;
            }
            String word = token.replaceAll("[,.;:)”\"’]+$", "");
            boolean cut = !word.equals(token);
            if (!isNameWord(word, words.isEmpty())) {
                break;
            }
            words.add(word);
            if (cut) {
                break;
            }
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.size() == 1 && NOT_NAMES.contains(words.get(0))) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", words));
    }

    private static boolean isNameWord(String word, boolean first) {
        if (word.isEmpty() || NOT_NAMES.contains(word) && !(first && word.equals("The"))) {
            return false;
        }
        if (!first && CONNECTORS.contains(word)) {
            return true;
        }
        return Character.isUpperCase(word.codePointAt(0)) || word.matches("\\p{Lu}[\\p{L}]*|[a-z]+\\p{Lu}\\w*");
    }
}
