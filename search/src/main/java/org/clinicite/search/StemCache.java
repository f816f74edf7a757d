package org.clinicite.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Remembers the stems of one analysis chain's words, so that each distinct word is run
 * through the stemmer once: {@link #lookup} (before the stemmer) replaces a known word by its
 * stem and marks it as a keyword, which the stemmer leaves alone; {@link #store} (after it)
 * records the stem of a word seen for the first time. The tokens are exactly the stemmer's.
 * One instance per chain (Lucene reuses a chain on one thread only), so no locking; at most
 * {@link #MAX_WORDS} words of at most {@link #MAX_LENGTH} chars are kept. Research text
 * repeats a few thousand words, and Porter stemming cost ~7 % of the index build's CPU.
 */
final class StemCache {
    static final int MAX_WORDS = 50_000;
    static final int MAX_LENGTH = 24;

    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    /** The word before stemming of a token the cache does not know; {@code missLength < 0}: none. */
    private char[] miss = new char[MAX_LENGTH];
    private int missLength = -1;

    TokenStream lookup(TokenStream in) {
        return new Lookup(in);
    }

    TokenStream store(TokenStream in) {
        return new Store(in);
    }

    private final class Lookup extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Lookup(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            missLength = -1;
            int len = term.length();
            if (keyword.isKeyword() || len > MAX_LENGTH) {
                return true;
            }
            char[] stem = stems.get(term.buffer(), 0, len);
            if (stem != null) {
                term.copyBuffer(stem, 0, stem.length);
                keyword.setKeyword(true); // the stemmer skips it
            } else if (stems.size() < MAX_WORDS) {
                System.arraycopy(term.buffer(), 0, miss, 0, len);
                missLength = len;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            missLength = -1;
        }
    }

    private final class Store extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Store(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (missLength >= 0) {
                char[] word = new char[missLength];
                System.arraycopy(miss, 0, word, 0, missLength);
                char[] stem = new char[term.length()];
                System.arraycopy(term.buffer(), 0, stem, 0, stem.length);
                stems.put(word, stem);
                missLength = -1;
            }
            return true;
        }
    }
}
