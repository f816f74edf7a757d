package org.clinicite.citation.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSL-JSON, an array of items as citeproc-js and Zotero read it. The {@code clinicite}
 * object stays in each item (CSL processors ignore unknown fields), so clinicite can
 * read its own export back without loss.
 */
final class CslJsonExporter implements Exporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(List<JsonNode> items, Writer out) throws IOException {
        JSON.writeValue(new NonClosingWriter(out), items);
        out.write("\n");
        out.flush();
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
