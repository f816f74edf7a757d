package org.clinicite.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's codec of this version with the stored fields (the text the highlighter reads)
 * not compressed. Compressing them (LZ4, Lucene's fastest mode) took ~10 % of the index
 * build's CPU for text that is read only for the ten or twenty hits of a page, and reading
 * a hit's text no longer decompresses a whole block; the price is disk: the stored text
 * takes about twice the space (at 1M studies the index grows from 1.4 to 2.2 GB).
 *
 * <p>Lucene opens the segments it wrote by the codec's name, through the codec lookup
 * (META-INF/services). The name carries the Lucene codec it wraps ({@code Lucene912}): a
 * Lucene upgrade that replaces that codec keeps this class as it is for reading (or
 * rebuilds the index) and registers a new name for writing.
 */
public final class LuceneCodec extends FilterCodec {
    static final String NAME = "Clinicite912";
    /** Bytes per block of stored fields, as in Lucene's fastest mode (blocks are read in parts). */
    private static final int CHUNK_BYTES = 80 * 1024;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "CliniciteRawStoredFields", RAW, CHUNK_BYTES, 1024, 10);

    /** For Lucene's codec lookup. */
    public LuceneCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /** Bytes as they are: a reader reads only the document it asks for, not the whole block. */
    private static final CompressionMode RAW = new CompressionMode() {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Decompressor() {
                @Override
                public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                        throws IOException {
                    in.skipBytes(offset);
                    bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
                    in.readBytes(bytes.bytes, 0, length);
                    // past the block, where a reader of blocks in slices expects the next one
                    in.skipBytes(originalLength - offset - length);
                    bytes.offset = 0;
                    bytes.length = length;
                }

                @Override
                public Decompressor clone() {
                    return this;
                }
            };
        }

        @Override
        public String toString() {
            return "RAW";
        }
    };
}
