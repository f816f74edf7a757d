package org.clinicite.citation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL {@code text-case="title"} as citeproc-js 2.4 does it ({@code CSL.Output.Formatters.title}), which differs
 * from citeproc-java's {@code StringHelper.toTitleCase}: a word is only ever capitalised, and only if it is all
 * lowercase (so "JACS", "In Vitro" and "Dormancy-Like" stay as written); stop words stay lowercase unless first,
 * last or after {@code : ? !}; words are split at spaces, and segments at quotes, brackets and
 * {@code - – — / . , ; ? ! :}; nocase, sub, sup and small-caps spans (as {@link Markers}) are left alone.
 */
final class TitleCase {
    /** citeproc-js's CSL.SKIP_WORDS that can match a single word. */
    private static final Set<String> STOP_WORDS = Set.of("about", "above", "across", "afore", "after", "against",
            "al", "along", "alongside", "amid", "amidst", "among", "amongst", "anenst", "apropos", "apud", "around",
            "as", "aside", "astride", "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath",
            "beside", "besides", "between", "beyond", "but", "by", "circa", "despite", "down", "during", "et",
            "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like", "modulo", "near",
            "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per", "plus", "pro", "qua", "sans",
            "since", "than", "through", "throughout", "thruout", "till", "to", "toward", "towards", "under",
            "underneath", "until", "unto", "up", "upon", "versus", "vs", "v", "via", "vis-à-vis", "with", "within",
            "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "von", "van", "c", "ca");
    private static final Pattern TAG = Pattern.compile(
            "\u2018|\u2019|\u201C|\u201D| \"| '|\"|'|[-\u2013\u2014/.,;?!:]|\\[|\\]|\\(|\\)|[\uE010-\uE01B]");
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u0020\u2000-\u200B\u205F\u3000]+");
    private static final Pattern QUOTE_TAG = Pattern.compile("(^(?:\u2018|\u2019|\u201C|\u201D|\"|')|(?: \"| ')$)");
    private static final Set<String> OPENERS = Set.of("\u201C", "\u2018", " \"", " '");
    private static final Map<String, String[]> QUOTES = Map.of(" \"", new String[] {" '", "\""},
            " '", new String[] {" \"", "'"}, "\u2018", new String[] {"\u2018", "\u2019"},
            "\u201C", new String[] {"\u201C", "\u201D"});

    private TitleCase() {
    }

    static String apply(String s) {
        return s == null || s.isEmpty() ? s : new Run(s, false).run();
    }

    /**
     * CSL {@code text-case="capitalize-first"} as citeproc-js does it: the first word is capitalised only if it is
     * all lowercase ("arXiv" stays), where citeproc-java always uppercases the first letter.
     */
    static String capitalizeFirst(String s) {
        return s == null || s.isEmpty() ? s : new Run(s, true).run();
    }

    /**
     * citeproc-js matches words against its list as an unescaped regular expression, so "v." and "vs." also
     * make any two-letter word starting with v, or three-letter word starting with vs, a stop word.
     */
    static boolean isStopWord(String lowercase) {
        return STOP_WORDS.contains(lowercase) || "d'".equals(lowercase)
                || (lowercase.length() == 2 && lowercase.charAt(0) == 'v' && !isLineBreak(lowercase.charAt(1)))
                || (lowercase.length() == 3 && lowercase.startsWith("vs") && !isLineBreak(lowercase.charAt(2)));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** JavaScript's {@code !s.trim()}: also no-break and other Unicode spaces count as blank. */
    static boolean blank(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
    }

    /** Uppercases the first character after leading spaces, except a lone Greek letter. */
    static String capitalise(String word) {
        int i = 0;
        while (i < word.length() && Character.isWhitespace(word.charAt(i))) {
            i++;
        }
        if (i == word.length()) {
            return word;
        }
        int cp = word.codePointAt(i);
        int end = i + Character.charCount(cp);
        if (cp >= 0x370 && cp <= 0x3FF && end == word.length()) {
            return word;
        }
        return word.substring(0, i) + new String(Character.toChars(cp)).toUpperCase(Locale.ROOT) + word.substring(end);
    }

    private record Quote(String opener, String closer, Integer pos) {
    }

    /** One title-casing of one string, with citeproc-js's state machine. */
    private static final class Run {
        private final List<String> strings = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<String> original;
        private final boolean firstOnly;
        private final Deque<Character> tagState = new ArrayDeque<>();
        private final Deque<Quote> quoteState = new ArrayDeque<>();
        private boolean isFirst = true;
        private boolean afterPunct;
        private int[] lastWordPos;

        Run(String s, boolean firstOnly) {
            this.firstOnly = firstOnly;
            Matcher m = TAG.matcher(s);
            int from = 0;
            while (m.find()) {
                strings.add(s.substring(from, m.start()));
                tags.add(m.group());
                from = m.end();
            }
            strings.add(s.substring(from));
            for (int i = tags.size() - 1; i >= 0; i--) {
                if (tags.get(i).equals("'") && !strings.get(i + 1).isEmpty()) {
                    strings.set(i + 1, "'" + strings.get(i + 1));
                    tags.set(i, "");
                }
            }
            original = List.copyOf(strings);
        }

        String run() {
            if (!blank(strings.get(0))) {
                strings.set(0, capitaliseWords(strings.get(0), 0, tags.isEmpty() ? null : tags.get(0)));
            }
            for (int i = 0; i < tags.size(); i++) {
                step(i);
            }
            for (Quote q : quoteState) {
                if (q.pos() != null) {
                    restoreFirstChar(q.pos() + 1);
                }
            }
            capitaliseLastStopWord();
            StringBuilder out = new StringBuilder(strings.get(0));
            for (int i = 0; i < tags.size(); i++) {
                out.append(tags.get(i)).append(strings.get(i + 1));
            }
            return out.toString();
        }

        private void step(int i) {
            String tag = tags.get(i);
            String str = strings.get(i + 1);
            if (tag.length() == 1 && Markers.isMarkupMarker(tag.charAt(0))) {
                char c = tag.charAt(0);
                if (Markers.isMarkupOpener(c) && Markers.protectsCase(c)) {
                    tagState.push(Markers.closerOf(c));
                } else if (!tagState.isEmpty() && tagState.peek() == c) {
                    tagState.pop();
                }
            }
            if (!firstOnly && (tag.endsWith("!") || tag.endsWith("?") || tag.endsWith(":"))) {
                afterPunct = true;
            }
            if (tagState.isEmpty()) {
                // citeproc-js passes no following tag here (an argument slip), so its "word before a hyphen" rule
                // only ever applies to the first segment
                strings.set(i + 1, capitaliseWords(str, i + 1, null));
            } else if (!blank(str)) {
                lastWordPos = null;
            }
            Integer quotePos = quoteFix(tag, i);
            if (quotePos != null) {
                restoreFirstChar(quotePos + 1);
                lastWordPos = null;
            }
            if (isFirst && !blank(str)) {
                isFirst = false;
            }
            if (afterPunct && !blank(str)) {
                afterPunct = false;
            }
        }

        private String capitaliseWords(String str, int index, String followingTag) {
            if (blank(str)) {
                return str;
            }
            List<String> words = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            split(str, words, gaps);
            if (firstOnly) {
                capitaliseFirstWord(words);
                return join(words, gaps);
            }
            for (int j = 0; j < words.size(); j++) {
                String word = words.get(j);
                if (word.isEmpty()) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                boolean capitalize = (word.length() > 1 && !isStopWord(lower))
                        || (j == words.size() - 1 && "-".equals(followingTag)) || isFirst || afterPunct;
                if (capitalize && word.equals(lower)) {
                    words.set(j, capitalise(word));
                }
                afterPunct = false;
                isFirst = false;
                lastWordPos = new int[] {index, j};
            }
            return join(words, gaps);
        }

        private void capitaliseFirstWord(List<String> words) {
            for (int j = 0; j < words.size() && isFirst; j++) {
                String word = words.get(j);
                if (!word.isEmpty()) {
                    if (word.equals(word.toLowerCase(Locale.ROOT))) {
                        words.set(j, capitalise(word));
                    }
                    isFirst = false;
                }
            }
        }

        private Integer quoteFix(String tag, int pos) {
            Matcher m = QUOTE_TAG.matcher(tag);
            if (!m.find()) {
                return null;
            }
            String q = m.group(1);
            if (OPENERS.contains(q)) {
                String[] params = QUOTES.get(q);
                if (quoteState.isEmpty() || q.equals(quoteState.peek().opener())) {
                    quoteState.push(new Quote(params[0], params[1], pos));
                    return null;
                }
                Integer previous = quoteState.pop().pos();
                // citeproc-js stores this position under a misspelt key, so it is never restored later
                quoteState.push(new Quote(params[0], params[1], null));
                return previous;
            }
            if (!quoteState.isEmpty() && q.equals(quoteState.peek().closer())) {
                quoteState.pop();
                return null;
            }
            return pos;
        }

        private void restoreFirstChar(int index) {
            String orig = original.get(index);
            String now = strings.get(index);
            if (!orig.isEmpty() && !now.isEmpty()) {
                strings.set(index, orig.charAt(0) + now.substring(1));
            }
        }

        private void capitaliseLastStopWord() {
            if (lastWordPos == null) {
                return;
            }
            List<String> words = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            split(strings.get(lastWordPos[0]), words, gaps);
            String last = words.get(lastWordPos[1]);
            if (last.length() > 1 && isStopWord(last.toLowerCase(Locale.ROOT))) {
                words.set(lastWordPos[1], capitalise(last));
            }
            strings.set(lastWordPos[0], join(words, gaps));
        }

        private static void split(String s, List<String> words, List<String> gaps) {
            Matcher m = SPACES.matcher(s);
            int from = 0;
            while (m.find()) {
                words.add(s.substring(from, m.start()));
                gaps.add(m.group());
                from = m.end();
            }
            words.add(s.substring(from));
        }

        private static String join(List<String> words, List<String> gaps) {
            StringBuilder b = new StringBuilder(words.get(0));
            for (int i = 0; i < gaps.size(); i++) {
                b.append(gaps.get(i)).append(words.get(i + 1));
            }
            return b.toString();
        }
    }
}
