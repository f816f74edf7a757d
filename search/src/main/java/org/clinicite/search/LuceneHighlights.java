package org.clinicite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Best passages of the hits' text with the matched words marked {@code «like this»}
 * (see {@link Highlight}), from Lucene's UnifiedHighlighter reading offsets from the
 * postings. Each passage is a separate string; a field without a match gives none.
 */
final class LuceneHighlights {
    /** Fields whose passages a hit shows, in this order, and how many of each at most. */
    private static final String[] FIELDS = {
        LuceneSchema.ABSTRACT, LuceneSchema.FINDING, LuceneSchema.OUTCOME, LuceneSchema.NEWS, LuceneSchema.TITLE};
    private static final int[] PASSAGES = {2, 2, 2, 2, 1};
    /** At most this many passages per hit, taken in field order. */
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
                // with phrases, the whole query is matched again for each hit and field so a
                // phrase is marked as one span; words alone are read term by term per field
                // from the hit's postings, several times faster
                .withWeightMatches(phrases)
                .withMaxLength(MAX_LENGTH));
        Map<String, Object[]> byField = h.passages(FIELDS, query, docIds, PASSAGES);
        for (int i = 0; i < docIds.length; i++) {
            List<Highlight> hit = new ArrayList<>();
            for (String field : FIELDS) {
                Object[] perDoc = byField.get(field);
                if (perDoc != null && perDoc[i] instanceof List<?> passages) {
                    for (Object p : passages) {
                        if (hit.size() < MAX_PER_HIT && !(field.equals(LuceneSchema.TITLE) && !hit.isEmpty())) {
                            hit.add(new Highlight(field, (String) p));
                        }
                    }
                }
            }
            out.add(hit);
        }
        return out;
    }

    /** Opens up the per-passage results ({@code highlightFieldsAsObjects} is protected). */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, max);
        }
    }

    /**
     * Formats each passage on its own: a {@code List<String>}, in text order. The values of
     * a multi-valued field arrive joined by the highlighter's separator (U+0000); a passage
     * that starts or ends at a value's edge is whole there and gets no ellipsis.
     */
    private static final class MarkerFormatter extends PassageFormatter {
        private static final char VALUE_SEPARATOR = '\u0000';

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> out = new ArrayList<>();
            for (Passage p : passages) {
                out.add(format(p, content));
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
