package org.clinicite.citation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Inputs shared by the tests. */
final class TestItems {
    static final String BARONE = """
            {"id":"s1","type":"article-journal",
             "title":"Perceived benefits of MDMA-assisted psychotherapy beyond symptom reduction: qualitative follow-up study of a clinical trial for individuals with treatment-resistant PTSD",
             "author":[{"family":"Barone","given":"William"},{"family":"Beck","given":"Jerome"},
                       {"family":"Mitsunaga-Whitten","given":"Michiko"},{"family":"Perl","given":"Phillip"}],
             "container-title":"Journal of Psychoactive Drugs","issued":{"date-parts":[[2019]]},
             "volume":"51","issue":"2","page":"199-208","DOI":"10.1080/02791072.2019.1580805"}
            """;

    /** A study known only by title, authors and journal: no date, no DOI. */
    static final String STUB = """
            {"id":"stub","type":"article-journal","title":"Ketamine for treatment-resistant depression",
             "author":[{"family":"Okafor","given":"Ngozi"},{"family":"Lindqvist","given":"Sara"}],
             "container-title":"The Lancet Psychiatry"}
            """;

    private TestItems() {
    }

    static JsonNode barone() {
        return CslJson.parse(BARONE).get(0);
    }

    static JsonNode stub() {
        return CslJson.parse(STUB).get(0);
    }

    static List<JsonNode> both() {
        return List.of(barone(), stub());
    }

    /**
     * The shared data directory: system property {@code clinicite.shared.data} (set by surefire), else
     * {@code ../../shared/data} from the module directory. A missing directory fails the test.
     */
    static Path sharedData() {
        String prop = System.getProperty("clinicite.shared.data");
        Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../shared/data");
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("shared data directory is missing: " + dir.toAbsolutePath().normalize()
                    + " (set -Dclinicite.shared.data)");
        }
        return dir;
    }
}
