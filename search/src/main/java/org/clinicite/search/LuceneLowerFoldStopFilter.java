package org.clinicite.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene's {@code LowerCaseFilter}, {@code ASCIIFoldingFilter} and {@code StopFilter}, in
 * this order, as one filter: the same tokens, positions and offsets (a test compares them),
 * for less work per token in the index build. A token of ASCII letters (nearly all of them)
 * is lower-cased in the one pass that looks for other characters, instead of one pass each
 * in the lower-casing and the folding filter, and only a token no longer than the longest
 * stop word is looked up in the stop set. Other tokens take Lucene's own lower-casing and
 * folding. Queries still normalise with Lucene's filters ({@code Analyzer.normalize}).
 */
final class LuceneLowerFoldStopFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet stopWords;
    private final int longestStopWord;
    private char[] folded = new char[64];

    /** @param stopWords lower-case stop words ({@link CharArraySet#EMPTY_SET} for none) */
    LuceneLowerFoldStopFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
        int longest = 0;
        for (Object w : stopWords) {
            longest = Math.max(longest, w instanceof char[] c ? c.length : w.toString().length());
        }
        this.longestStopWord = longest;
    }

    @Override
    protected boolean accept() {
        char[] b = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = b[i];
            if (c >= '\u0080') {
                lowerAndFold();
                b = term.buffer();
                length = term.length();
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                b[i] = (char) (c + ('a' - 'A'));
            }
        }
        return length > longestStopWord || !stopWords.contains(b, 0, length);
    }

    /** What the two filters do to a token with a character outside ASCII. */
    private void lowerAndFold() {
        char[] b = term.buffer();
        int length = term.length();
        CharacterUtils.toLowerCase(b, 0, length);
        for (int i = 0; i < length; i++) {
            if (b[i] >= '\u0080') {
                // a character folds into at most four
                if (folded.length < 4 * length) {
                    folded = new char[ArrayUtil.oversize(4 * length, Character.BYTES)];
                }
                int foldedLength = ASCIIFoldingFilter.foldToASCII(b, 0, folded, 0, length);
                term.copyBuffer(folded, 0, foldedLength);
                return;
            }
        }
    }
}
