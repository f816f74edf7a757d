package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's codec ({@link LuceneCodec}, stored fields not compressed) gives back every
 * stored value as written: small and large documents (a document over twice the block size
 * is read in slices), blocks holding many documents, after deletions and merges (which copy
 * clean blocks and rewrite the rest), with Lucene's own index check passing; and Lucene finds
 * the codec by name, as it does when it opens the segments.
 */
class LuceneCodecTest {
    @TempDir
    Path dir;

    @Test
    void lookedUpByName() {
        assertEquals(LuceneCodec.class, Codec.forName(LuceneCodec.NAME).getClass());
    }

    @Test
    void storedValuesComeBackAsWritten() throws IOException {
        SplittableRandom r = new SplittableRandom(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int length = i % 500 == 7 ? 200_000 + r.nextInt(100_000) : r.nextInt(2_000);
            texts.add(text(r, length));
        }
        try (Directory d = FSDirectory.open(dir)) {
            IndexWriterConfig config = new IndexWriterConfig().setCodec(new LuceneCodec())
                    .setMergePolicy(NoMergePolicy.INSTANCE).setMaxBufferedDocs(700);
            try (IndexWriter w = new IndexWriter(d, config)) {
                for (int i = 0; i < texts.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                    doc.add(new StoredField("text", texts.get(i)));
                    doc.add(new StoredField("n", i));
                    w.addDocument(doc);
                }
                w.commit();
                assertStored(d, texts, 3_000);
                for (int i = 0; i < texts.size(); i += 3) {
                    w.deleteDocuments(new Term("id", Integer.toString(i)));
                }
                w.forceMerge(1);
                w.commit();
            }
            assertStored(d, texts, 2_000);
            for (SegmentCommitInfo s : SegmentInfos.readLatestCommit(d)) {
                assertEquals(LuceneCodec.NAME, s.info.getCodec().getName());
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (CheckIndex check = new CheckIndex(d)) {
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                assertTrue(check.checkIndex().clean, log::toString);
            }
        }
    }

    /** Every live document's stored values are those written for its id. */
    private static void assertStored(Directory d, List<String> texts, int live) throws IOException {
        int seen = 0;
        try (DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                        continue;
                    }
                    Document got = stored.document(doc);
                    int id = Integer.parseInt(got.get("id"));
                    assertEquals(texts.get(id), got.get("text"), "text of " + id);
                    assertEquals(id, got.getField("n").numericValue().intValue());
                    seen++;
                }
            }
        }
        assertEquals(live, seen);
    }

    private static String text(SplittableRandom r, int length) {
        String pool = "abcdefghij klmnopqrstuvwxyz ÀéüßΩж中𝐀 .,0123456789\n";
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0, r.nextInt(pool.codePointCount(0,
                    pool.length())))));
        }
        return sb.toString();
    }
}
