package org.clinicite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows (id, title, citation, design, n, year, substance and condition names,
 * outcome lines), serialised into one binary doc value per study. Reading it costs a
 * seek into a memory-mapped file; in the stored fields it would sit beside the studies'
 * long texts, which only the highlighter reads.
 */
final class LuceneHitLines {
    private LuceneHitLines() {
    }

    static BytesRef encode(StudyDocument s) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput(256);
        try {
            out.writeString(s.id());
            writeNullable(out, s.title());
            writeNullable(out, s.citation());
            writeNullable(out, s.design());
            writeNumber(out, s.sampleSize());
            writeNumber(out, s.year());
            writeList(out, s.substanceNames());
            writeList(out, s.conditionNames());
            writeList(out, s.outcomeLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writes to memory: does not happen
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The hits of these documents, in this order, with their scores and passages. */
    static List<SearchHit> read(IndexSearcher searcher, int[] docIds, float[] scores, List<List<Highlight>> passages)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
            BinaryDocValues values = leaf.reader().getBinaryDocValues(LuceneSchema.HIT);
            if (values == null || !values.advanceExact(docIds[i] - leaf.docBase)) {
                throw new IOException("document " + docIds[i] + " has no result line; rebuild the index (reindex)");
            }
            BytesRef b = values.binaryValue();
            ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
            out.add(new SearchHit(in.readString(), scores[i], readNullable(in), readNullable(in),
                    passages == null ? List.of() : passages.get(i), readNullable(in), readNumber(in),
                    readNumber(in), readList(in), readList(in), readList(in)));
        }
        return out;
    }

    private static void writeNullable(ByteBuffersDataOutput out, String s) throws IOException {
        out.writeByte((byte) (s == null ? 0 : 1));
        if (s != null) {
            out.writeString(s);
        }
    }

    private static String readNullable(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    private static void writeNumber(ByteBuffersDataOutput out, Integer n) throws IOException {
        out.writeByte((byte) (n == null ? 0 : 1));
        if (n != null) {
            out.writeZInt(n);
        }
    }

    private static Integer readNumber(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readZInt();
    }

    private static void writeList(ByteBuffersDataOutput out, List<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String v : values) {
            out.writeString(v);
        }
    }

    private static List<String> readList(ByteArrayDataInput in) throws IOException {
        int n = in.readVInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readString());
        }
        return out;
    }
}
