package org.clinicite.importer.csljson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUpFingerprint;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.io.InputFiles;

/** CSL-JSON: an array of items, one item, or one item per line; streamed. See the package documentation. */
public final class CslJsonImporter implements Importer {
    public static final String ID = "csljson";
    private static final int SNIFF_CHARS = 65536;
    private final CslItemMapper mapper;

    public CslJsonImporter(Vocabulary vocabulary) {
        this.mapper = new CslItemMapper(vocabulary);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CSL-JSON items (an array, one item or one per line), including clinicite's own export";
    }

    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        return CslJsonSniffer.looksLikeCsl(InputFiles.head(file, SNIFF_CHARS));
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        String source = file.toString();
        ItemReader items = new ItemReader(source, sink);
        try (BufferedReader in = InputFiles.reader(file); JsonParser p = StudyJson.MAPPER.createParser(in)) {
            items.read(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            sink.reject(new Problem(source, line, column, "malformed JSON: " + e.getOriginalMessage()
                    + (items.count > 0 ? "; the items before it were read, the rest of the file was not" : "")));
            return;
        }
        if (items.count == 0) {
            sink.reject(Problem.ofFile(source, "no CSL-JSON item found (expected an array of item objects, "
                    + "an item object, or one item object per line)"));
        }
    }

    /** Walks the top level of the file one item tree at a time. */
    private final class ItemReader {
        private final String source;
        private final RecordSink sink;
        private int count;

        ItemReader(String source, RecordSink sink) {
            this.source = source;
            this.sink = sink;
        }

        void read(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    next(p, t);
                }
            } else {
                for (; t != null; t = p.nextToken()) {
                    next(p, t);
                }
            }
        }

        private void next(JsonParser p, JsonToken t) throws IOException {
            count++;
            int line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                sink.reject(Problem.at(source, line, "not a CSL item: expected an object, found " + describe(t)));
                return;
            }
            deliver(p.readValueAsTree(), line);
        }

        private void deliver(JsonNode item, int line) {
            Study s = mapper.map(item, msg -> sink.warn(Problem.at(source, line, msg)));
            if (s.getTitle() == null && !hasIdentifier(s)) {
                sink.reject(Problem.at(source, line, "item " + CslValues.text(item, "id").map(id -> "'" + id + "' ")
                        .orElse("") + "has neither a title nor an identifier (DOI, PMID, PMCID, NCT number): "
                        + "nothing to store"));
                return;
            }
            String key = CslValues.text(item, "id").orElse(null);
            sink.accept(new ParsedRecord(s, null, ID, source, line, key, WriteUpFingerprint.sha256(item.toString())));
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    private static boolean hasIdentifier(Study s) {
        return s.getDoi().isPresent() || s.getPmid().isPresent() || s.getPmcid().isPresent() || s.getNctId().isPresent();
    }
}
