package org.clinicite.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Remembers what a chain of token-local Lucene filters makes of each word, so that a word
 * seen before costs one hash look-up instead of the chain: the text analyser's possessives,
 * lower case, folding, stop words and Porter stemming took ~18 % of the index build's CPU,
 * and a study's words repeat across studies (a few tens of thousands of distinct words make
 * up nearly all of the text). The chain's own filters compute every answer, on a one-word
 * stream, so the tokens are exactly theirs (a test compares them with Lucene's chain).
 *
 * <p>Token-local means: each filter turns one token into at most one, from its term text
 * alone (no look-ahead, no state across tokens, no attribute other than the term read or
 * set), so the answer for a word never depends on its neighbours. A word the chain drops
 * (a stop word) is dropped here, and {@link FilteringTokenFilter} carries its position
 * forward as the chain's own filter would. Offsets and types are the tokenizer's, untouched
 * by such filters.
 *
 * <p>Memory: at most {@code capacity} words of at most {@link #LONGEST} characters per
 * instance (one instance per thread and field, as analysers reuse their components), in a
 * table that grows with the words seen (a server thread that analyses a few query words keeps
 * a few KB); the memory starts over when full. Longer words go through the chain every time.
 */
final class LuceneMemoFilter extends FilteringTokenFilter {
    /** Words longer than this are not remembered: rare, and they would weigh most. */
    static final int LONGEST = 24;
    /** The answer for a word the chain drops (compared by identity). */
    static final char[] DROPPED = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OneWord word = new OneWord();
    private final TokenStream chain;
    private final CharTermAttribute chainTerm;
    private final Memo memo;

    /**
     * @param chain builds the token-local filters over the one-word stream it is given
     * @param capacity how many words to remember before starting over
     */
    LuceneMemoFilter(TokenStream in, UnaryOperator<TokenStream> chain, int capacity) {
        super(in);
        this.chain = chain.apply(word);
        this.chainTerm = this.chain.getAttribute(CharTermAttribute.class);
        this.memo = new Memo(capacity);
    }

    @Override
    protected boolean accept() throws IOException {
        char[] b = term.buffer();
        int length = term.length();
        if (length > LONGEST) {
            char[] out = compute(b, length);
            term.copyBuffer(out, 0, out.length);
            return out != DROPPED;
        }
        int hash = Memo.hash(b, length);
        int slot = memo.find(hash, b, length);
        if (slot < 0) {
            slot = memo.put(hash, b, length, compute(b, length));
        }
        return memo.copyValue(slot, term);
    }

    /** The chain's answer for one word: its term, or {@link #DROPPED}. */
    private char[] compute(char[] b, int length) throws IOException {
        word.set(b, length);
        chain.reset();
        char[] out = chain.incrementToken() ? Arrays.copyOf(chainTerm.buffer(), chainTerm.length()) : DROPPED;
        if (out != DROPPED && chain.incrementToken()) {
            throw new IllegalStateException("not a token-local chain: one word gave two tokens: " + chain);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            chain.close();
        } finally {
            super.close();
        }
    }

    /**
     * Words and their answers, for look-ups that touch little memory: open addressing over
     * one int array (per slot: hash, where the word is, its length and its answer's), the
     * characters of words and answers in one char array. A probe compares the hash first and
     * reads characters only when it matches. Both start small and double as words come in
     * (a thread that analyses a few query words keeps a few KB; an indexing thread grows to
     * its corpus's vocabulary), and it starts over when {@code capacity} words are in.
     */
    static final class Memo {
        private static final int EMPTY = 0;
        private static final int DROPPED_LENGTH = 0xffff;
        private static final int FIRST_SLOTS = 64;
        private final int capacity;
        private int mask;
        /** Per slot: hash (never {@link #EMPTY}), start in {@link #chars}, word length << 16 | answer length. */
        private int[] slots;
        private char[] chars = new char[256];
        private int used;
        private int size;

        Memo(int capacity) {
            this.capacity = capacity;
            this.slots = new int[3 * FIRST_SLOTS];
            this.mask = FIRST_SLOTS - 1;
        }

        /** Slots in the table now: at least twice the words in it. */
        int tableSize() {
            return mask + 1;
        }

        /** Doubles the table, keeping its words (their hashes are in the slots). */
        private void grow() {
            int[] old = slots;
            slots = new int[2 * old.length];
            mask = 2 * (mask + 1) - 1;
            for (int j = 0; j < old.length; j += 3) {
                if (old[j] != EMPTY) {
                    int i = old[j] & mask;
                    while (slots[3 * i] != EMPTY) {
                        i = (i + 1) & mask;
                    }
                    System.arraycopy(old, j, slots, 3 * i, 3);
                }
            }
        }

        static int hash(char[] b, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + b[i];
            }
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            return h == EMPTY ? 1 : h;
        }

        /** The word's slot, or -1. */
        int find(int hash, char[] b, int length) {
            for (int i = hash & mask;; i = (i + 1) & mask) {
                int h = slots[3 * i];
                if (h == EMPTY) {
                    return -1;
                }
                if (h == hash && slots[3 * i + 2] >>> 16 == length
                        && Arrays.equals(chars, slots[3 * i + 1], slots[3 * i + 1] + length, b, 0, length)) {
                    return i;
                }
            }
        }

        /** Remembers a word not in yet; returns its slot. */
        int put(int hash, char[] b, int length, char[] answer) {
            if (size >= capacity) {
                Arrays.fill(slots, EMPTY);
                used = 0;
                size = 0;
            } else if (2 * (size + 1) > tableSize()) {
                grow();
            }
            int answerLength = answer == DROPPED ? 0 : answer.length;
            if (used + length + answerLength > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length + answerLength));
            }
            int start = used;
            System.arraycopy(b, 0, chars, start, length);
            System.arraycopy(answer, 0, chars, start + length, answerLength);
            used += length + answerLength;
            int i = hash & mask;
            while (slots[3 * i] != EMPTY) {
                i = (i + 1) & mask;
            }
            slots[3 * i] = hash;
            slots[3 * i + 1] = start;
            slots[3 * i + 2] = length << 16 | (answer == DROPPED ? DROPPED_LENGTH : answerLength);
            size++;
            return i;
        }

        /** Sets the term to the slot's answer; false when the chain drops the word. */
        boolean copyValue(int slot, CharTermAttribute term) {
            int lengths = slots[3 * slot + 2];
            int answerLength = lengths & 0xffff;
            if (answerLength == DROPPED_LENGTH) {
                return false;
            }
            term.copyBuffer(chars, slots[3 * slot + 1] + (lengths >>> 16), answerLength);
            return true;
        }
    }

    /** A stream of one word, the chain's input. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean pending;

        void set(char[] b, int length) {
            clearAttributes();
            term.copyBuffer(b, 0, length);
        }

        @Override
        public void reset() {
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            boolean out = pending;
            pending = false;
            return out;
        }
    }
}
