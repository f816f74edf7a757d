package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;

/**
 * The word memory of {@link LuceneMemoFilter} (that the filter's tokens are Lucene's is in
 * {@link LuceneLowerFoldStopFilterTest}): every word put in is found with its answer while the
 * table doubles, a dropped word stays dropped, the table stays small for a few words, and the
 * memory starts over when full.
 */
class LuceneMemoFilterTest {

    @Test
    void findsEveryWordAsTheTableGrows() {
        LuceneMemoFilter.Memo memo = new LuceneMemoFilter.Memo(1 << 16);
        int words = 20_000;
        for (int w = 0; w < words; w++) {
            char[] word = ("w" + w).toCharArray();
            int hash = LuceneMemoFilter.Memo.hash(word, word.length);
            assertEquals(-1, memo.find(hash, word, word.length), "not in yet: w" + w);
            memo.put(hash, word, word.length, w % 7 == 0 ? LuceneMemoFilter.DROPPED : ("a" + w).toCharArray());
            assertTrue(memo.tableSize() >= 2 * (w + 1), "load <= 1/2");
        }
        assertEquals(1 << 16, memo.tableSize());
        CharTermAttributeImpl term = new CharTermAttributeImpl();
        for (int w = 0; w < words; w++) {
            char[] word = ("w" + w).toCharArray();
            int slot = memo.find(LuceneMemoFilter.Memo.hash(word, word.length), word, word.length);
            assertTrue(slot >= 0, "w" + w);
            if (w % 7 == 0) {
                assertFalse(memo.copyValue(slot, term), "dropped: w" + w);
            } else {
                assertTrue(memo.copyValue(slot, term));
                assertEquals("a" + w, term.toString());
            }
        }
    }

    @Test
    void staysSmallForAFewWords() {
        LuceneMemoFilter.Memo memo = new LuceneMemoFilter.Memo(1 << 16);
        for (int w = 0; w < 20; w++) {
            char[] word = ("q" + w).toCharArray();
            memo.put(LuceneMemoFilter.Memo.hash(word, word.length), word, word.length, word);
        }
        assertEquals(64, memo.tableSize());
    }

    @Test
    void startsOverWhenFull() {
        LuceneMemoFilter.Memo memo = new LuceneMemoFilter.Memo(8);
        for (int w = 0; w < 9; w++) {
            char[] word = ("x" + w).toCharArray();
            memo.put(LuceneMemoFilter.Memo.hash(word, word.length), word, word.length, word);
        }
        char[] first = "x0".toCharArray();
        char[] last = "x8".toCharArray();
        assertEquals(-1, memo.find(LuceneMemoFilter.Memo.hash(first, 2), first, 2));
        assertTrue(memo.find(LuceneMemoFilter.Memo.hash(last, 2), last, 2) >= 0);
    }
}
