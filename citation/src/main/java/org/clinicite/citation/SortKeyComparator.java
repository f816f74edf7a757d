package org.clinicite.citation;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Compares rendered sort keys as citeproc-js does: its keys join words with "|" and it compares them with
 * {@code localeCompare} at base sensitivity, ignoring punctuation, numbers by value. So words count one by one
 * ("A Two Way" before "Abascal", "An Open Label" before "Anderson"), where citeproc-java's collator ignores
 * the spaces. clinicite's {@link Markers} and other private-use characters in a key are ignored.
 */
final class SortKeyComparator implements Comparator<String> {
    private final Collator collator;

    SortKeyComparator(Locale locale) {
        collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
    }

    /** The key as citeproc-js compares it: no markers (private use), no punctuation, words joined by "|", lowercase. */
    static String normalize(String key) {
        StringBuilder b = new StringBuilder(key.length());
        boolean space = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.getType(c) == Character.PRIVATE_USE || isPunctuation(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append('|');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static boolean isPunctuation(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** Compares normalized keys; runs of digits compare by value. */
    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ei = runEnd(a, i);
            int ej = runEnd(b, j);
            int c = Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))
                    ? compareNumbers(a.substring(i, ei), b.substring(j, ej))
                    : collator.compare(a.substring(i, ei), b.substring(j, ej));
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int runEnd(String s, int from) {
        boolean digit = Character.isDigit(s.charAt(from));
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i)) == digit) {
            i++;
        }
        return i;
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
