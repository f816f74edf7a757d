package org.clinicite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Best passages of the hits' text with the matched words marked {@code «like this»}
 * (see {@link Highlight}), from Lucene's UnifiedHighlighter analysing the stored values of
 * the one text field again (the postings hold no offsets), which are the study's title,
 * abstract, outcomes, findings and write-ups; each passage is named after the part it is from (the
 * {@link LuceneSchema#PARTS} doc value says which value is which). Each passage is a
 * separate string; a part without a match gives none.
 */
final class LuceneHighlights {
    /** Parts whose passages a hit shows, in this order, and how many of each at most. */
    private static final List<String> ORDER = List.of(
        LuceneSchema.ABSTRACT, LuceneSchema.FINDING, LuceneSchema.OUTCOME, LuceneSchema.NEWS, LuceneSchema.TITLE);
    private static final int[] PASSAGES = {2, 2, 2, 2, 1};
    /** The best passages of the whole text the highlighter picks from (the sum of the above, and one). */
    private static final int CANDIDATES = 10;
    /** At most this many passages per hit, taken in part order. */
    static final int MAX_PER_HIT = 3;
    /** Long write-up bodies: look for matches this far in (the default is 10,000 chars). */
    private static final int MAX_LENGTH = 100_000;

    private LuceneHighlights() {
    }

    /**
     * Per hit (same order as {@code docIds}), its passages.
     *
     * @param phrases whether {@code query} holds a phrase (see {@link LuceneQueries#highlightsPhrases})
     */
    static List<List<Highlight>> of(IndexSearcher searcher, Analyzer analyzer, Query query, boolean phrases,
            int[] docIds) throws IOException {
        List<List<Highlight>> out = new ArrayList<>();
        if (docIds.length == 0) {
            return out;
        }
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkerFormatter())
                .withMaxNoHighlightPassages(0)
                // with phrases, the whole query is matched again for each hit (in an index of
                // its text in memory) so a phrase is marked as one span; words alone are found
                // in the text's tokens, several times faster
                .withWeightMatches(phrases)
                // words: the hit's tokens are matched as the text is analysed again, without
                // building an index of it in memory (same passages, a third less CPU at 100k)
                .withPassageRelevancyOverSpeed(phrases)
                .withMaxLength(MAX_LENGTH));
        Object[] perDoc = h.passages(LuceneSchema.TEXT, query, docIds, CANDIDATES);
        for (int i = 0; i < docIds.length; i++) {
            List<Highlight> hit = new ArrayList<>();
            if (perDoc[i] instanceof List<?> passages && !passages.isEmpty()) {
                String[] parts = LuceneSchema.parts(partsOf(searcher, docIds[i]));
                for (int p = 0; p < ORDER.size() && hit.size() < MAX_PER_HIT; p++) {
                    String part = ORDER.get(p);
                    int taken = 0;
                    for (Object o : passages) {
                        ValuePassage vp = (ValuePassage) o;
                        boolean fromPart = vp.value() < parts.length && parts[vp.value()].equals(part);
                        if (fromPart && taken < PASSAGES[p] && hit.size() < MAX_PER_HIT
                                && !(part.equals(LuceneSchema.TITLE) && !hit.isEmpty())) {
                            hit.add(new Highlight(part, vp.text()));
                            taken++;
                        }
                    }
                }
            }
            out.add(hit);
        }
        return out;
    }

    /** The {@link LuceneSchema#PARTS} doc value of a hit. */
    private static long partsOf(IndexSearcher searcher, int docId) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(LuceneSchema.PARTS);
        return values != null && values.advanceExact(docId - leaf.docBase) ? values.longValue() : 0;
    }

    /** A formatted passage and which value of the multi-valued text field it is in (0 = the first). */
    private record ValuePassage(int value, String text) {
    }

    /** Opens up the per-passage results ({@code highlightFieldsAsObjects} is protected). */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Object[] passages(String field, Query query, int[] docIds, int max) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {max}).get(field);
        }
    }

    /**
     * Formats each passage on its own: a {@code List<ValuePassage>}, in text order. The
     * values of a multi-valued field arrive joined by the highlighter's separator (U+0000),
     * which also says which value a passage is in; a passage that starts or ends at a
     * value's edge is whole there and gets no ellipsis.
     */
    private static final class MarkerFormatter extends PassageFormatter {
        private static final char VALUE_SEPARATOR = '\u0000';

        @Override
        public Object format(Passage[] passages, String content) {
            List<ValuePassage> out = new ArrayList<>();
            int value = 0;
            int scanned = 0;
            for (Passage p : passages) { // in text order
                for (; scanned < p.getStartOffset(); scanned++) {
                    if (content.charAt(scanned) == VALUE_SEPARATOR) {
                        value++;
                    }
                }
                out.add(new ValuePassage(value, format(p, content)));
            }
            return out;
        }

        private static String format(Passage p, String content) {
            StringBuilder sb = new StringBuilder();
            int pos = p.getStartOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(pos, p.getMatchStarts()[i]);
                int end = p.getMatchEnds()[i];
                if (end <= pos) {
                    continue; // nested in the previous match
                }
                sb.append(content, pos, start).append(Highlight.OPEN).append(content, start, end)
                        .append(Highlight.CLOSE);
                pos = end;
            }
            sb.append(content, pos, Math.max(pos, p.getEndOffset()));
            String text = sb.toString().replace(VALUE_SEPARATOR, ' ').replaceAll("\\s+", " ").strip();
            boolean cutBefore = p.getStartOffset() > 0 && content.charAt(p.getStartOffset() - 1) != VALUE_SEPARATOR;
            boolean cutAfter = p.getEndOffset() < content.length() && content.charAt(p.getEndOffset()) != VALUE_SEPARATOR;
            return (cutBefore ? Highlight.ELLIPSIS : "") + text + (cutAfter ? Highlight.ELLIPSIS : "");
        }
    }
}
