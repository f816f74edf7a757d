package org.clinicite.importer.ctgov;

import static org.clinicite.importer.ctgov.CtgovFixtures.read;
import static org.clinicite.importer.ctgov.CtgovFixtures.resource;
import static org.clinicite.importer.ctgov.CtgovFixtures.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clinicite.core.json.StudyJson;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole records against their expected JSON ({@code StudyJson.full}) in
 * {@code src/test/resources/ctgov/golden}: one record per shape plus the made-up one.
 * The expected files were written by the importer and then checked by hand against the
 * fixtures; a difference is either a regression or a deliberate change to re-check.
 */
class CtgovGoldenFilesTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(shared(CtgovFixtures.V2 + "aact__NCT00763412.json")),
                Arguments.of(shared(CtgovFixtures.V1 + "aact__NCT04780763.json")),
                Arguments.of(shared(CtgovFixtures.XML + "aact__NCT01065844.xml")),
                Arguments.of(resource("made-up-v2-psilocybin-escitalopram-mdma.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void recordReadsAsExpected(Path input) throws IOException {
        ParsedRecord r = read(input).only();
        JsonNode actual = StudyJson.full(r.study(), r.recordKey());
        JsonNode expected = StudyJson.MAPPER.readTree(resource("golden/" + input.getFileName() + ".expected.json").toFile());
        assertEquals(StudyJson.MAPPER.writeValueAsString(expected), StudyJson.MAPPER.writeValueAsString(actual));
    }
}
