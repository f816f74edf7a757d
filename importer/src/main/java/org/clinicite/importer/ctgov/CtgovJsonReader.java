package org.clinicite.importer.ctgov;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.io.InputFiles;

/**
 * Streams ClinicalTrials.gov JSON with Jackson's {@link JsonParser}, one study at a time:
 * <ul>
 *   <li>API v2, one study: {@code {"protocolSection": {...}, ...}};</li>
 *   <li>API v2, a page: {@code {"studies": [{...}, ...], "nextPageToken": "..."}}, or a bare array of studies;</li>
 *   <li>API v1 full_studies: {@code {"FullStudiesResponse": {..., "FullStudies": [{"Rank": 1, "Study": {...}}]}}}.</li>
 * </ul>
 * Several such values one after another (JSON Lines) are read in turn. Only one study's
 * tree is in memory at a time. Malformed JSON stops the file with a problem at its line
 * and column; the studies before it are delivered.
 */
final class CtgovJsonReader {
    /** Reads trees; writes them with sorted keys for fingerprints. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private final CtgovRecords records;

    CtgovJsonReader(CtgovRecords records) {
        this.records = records;
    }

    void read(Path file, RecordSink sink) throws IOException {
        String name = file.toString();
        try (Reader in = InputFiles.reader(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            new Run(p, name, sink).all();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            sink.reject(new Problem(name, at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()), "malformed JSON: " + reason(e)));
        } catch (MalformedInputException | CharConversionException e) {
            sink.reject(Problem.ofFile(name, "not UTF-8 text"));
        }
    }

    /** Jackson's message, with its "[Source: REDACTED ...; line: 8, column: 21]" as "line 8, column 21". */
    static String reason(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        return SOURCE_LOCATION.matcher(m).replaceAll("line $1, column $2");
    }

    /** One pass over one file. */
    private final class Run {
        private final JsonParser p;
        private final String file;
        private final RecordSink sink;
        private int studies;
        private boolean rejected;

        Run(JsonParser p, String file, RecordSink sink) {
            this.p = p;
            this.file = file;
            this.sink = sink;
        }

        void all() throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                reject(0, "empty file: no JSON value");
                return;
            }
            for (; t != null; t = p.nextToken()) {
                topValue(t);
            }
            if (studies == 0 && !rejected) {
                sink.warn(Problem.ofFile(file, "no studies in the file"));
            }
        }

        private void topValue(JsonToken t) throws IOException {
            if (t == JsonToken.START_ARRAY) {
                studyArray("studies", Shape.V2);
            } else if (t == JsonToken.START_OBJECT) {
                topObject();
            } else {
                reject(line(), "not a ClinicalTrials.gov record: a JSON " + kind(t) + " where a study object "
                        + "(\"protocolSection\"), a \"studies\" list or a \"FullStudiesResponse\" was expected");
                p.skipChildren();
            }
        }

        /** The top object: a page (studies list), a v1 response, or one study read field by field. */
        private void topObject() throws IOException {
            int line = line();
            ObjectNode single = MAPPER.createObjectNode();
            boolean list = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("studies") && value == JsonToken.START_ARRAY) {
                    studyArray("studies", Shape.V2);
                    list = true;
                } else if (field.equals("FullStudiesResponse") && value == JsonToken.START_OBJECT) {
                    fullStudiesResponse();
                    list = true;
                } else {
                    single.set(field, MAPPER.readTree(p));
                }
            }
            if (V2Extractor.isStudy(single)) {
                deliver(Shape.V2, single, line, "the study");
            } else if (V1Extractor.isStudy(single) || V1Extractor.isStudy(single.path("Study"))) {
                deliver(Shape.V1, single.has("Study") ? single.get("Study") : single, line, "the study");
            } else if (!list) {
                reject(line, "not a ClinicalTrials.gov record: no \"protocolSection\" (API v2), "
                        + "\"studies\" list or \"FullStudiesResponse\" (API v1)");
            }
        }

        private void fullStudiesResponse() throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("FullStudies") && value == JsonToken.START_ARRAY) {
                    studyArray("FullStudies", Shape.V1);
                } else {
                    p.skipChildren();
                }
            }
        }

        /** The elements of a study array, each read into a tree on its own. */
        private void studyArray(String name, Shape shape) throws IOException {
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
                int line = line();
                String where = name + "[" + index + "]";
                if (t != JsonToken.START_OBJECT) {
                    reject(line, where + " is not a study object");
                    p.skipChildren();
                    continue;
                }
                JsonNode element = MAPPER.readTree(p);
                JsonNode study = shape == Shape.V1 && element.has("Study") ? element.get("Study") : element;
                deliver(shape, study, line, where);
            }
        }

        private void deliver(Shape shape, JsonNode study, int line, String where) {
            if (!shape.isStudy(study)) {
                reject(line, where + " has no " + shape.section() + ": not a ClinicalTrials.gov study");
                return;
            }
            studies++;
            Trial trial = shape.extract(study);
            records.deliver(trial, canonical(study), file, line, where, sink);
        }

        private String kind(JsonToken t) {
            if (t == JsonToken.VALUE_STRING) {
                return "string";
            }
            return t.isNumeric() ? "number" : t.isBoolean() ? "boolean" : "null";
        }

        private void reject(int line, String reason) {
            rejected = true;
            sink.reject(Problem.at(file, line, reason));
        }

        private int line() {
            return Math.max(0, p.currentTokenLocation().getLineNr());
        }
    }

    /**
     * The study's content for its fingerprint: keys sorted, whitespace gone, and the data
     * version stamp removed (it changes with every download of an unchanged record).
     */
    static String canonical(JsonNode study) {
        for (String[] path : new String[][] {{"derivedSection", "miscInfoModule"}, {"DerivedSection", "MiscInfoModule"}}) {
            JsonNode misc = JsonFields.at(study, path);
            if (misc instanceof ObjectNode) {
                ((ObjectNode) misc).remove(List.of("versionHolder", "VersionHolder"));
            }
        }
        try {
            return MAPPER.writeValueAsString(study);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }

    /** The two JSON data models: how to tell a study and how to read one. */
    private enum Shape {
        V2(V2Extractor::isStudy, V2Extractor::extract, "\"protocolSection\""),
        V1(V1Extractor::isStudy, V1Extractor::extract, "\"ProtocolSection\"");

        private final Predicate<JsonNode> isStudy;
        private final Function<JsonNode, Trial> extract;
        private final String section;

        Shape(Predicate<JsonNode> isStudy, Function<JsonNode, Trial> extract, String section) {
            this.isStudy = isStudy;
            this.extract = extract;
            this.section = section;
        }

        boolean isStudy(JsonNode node) {
            return isStudy.test(node);
        }

        Trial extract(JsonNode node) {
            return extract.apply(node);
        }

        String section() {
            return section;
        }
    }
}
