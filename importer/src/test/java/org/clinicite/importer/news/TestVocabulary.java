package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.core.vocab.VocabularyException;

/**
 * The shipped vocabulary for tests: from the core jar when it holds it, else from the
 * source file in the core module ({@code core/src/main/resources/.../vocabulary.json}),
 * read here because core has no public loader for a file path. Fails (does not skip)
 * when neither exists.
 */
final class TestVocabulary {
    static final Path SOURCE = Path.of("..", "core", "src", "main", "resources", "org", "clinicite", "core", "vocab",
            "vocabulary.json");
    private static Vocabulary shipped;

    private TestVocabulary() {
    }

    static synchronized Vocabulary shipped() {
        if (shipped == null) {
            shipped = load();
        }
        return shipped;
    }

    private static Vocabulary load() {
        try {
            return Vocabulary.shipped();
        } catch (VocabularyException e) {
            Path file = SOURCE.toAbsolutePath().normalize();
            assertTrue(Files.isRegularFile(file), "the shipped vocabulary is neither in the core jar nor at " + file);
            return fromFile(file);
        }
    }

    /** Reads the vocabulary JSON format ({"version":1,"terms":[...]}). */
    static Vocabulary fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Term> terms = new ArrayList<>();
            root.path("terms").forEach(t -> terms.add(term(t)));
            return Vocabulary.of(terms);
        } catch (IOException e) {
            throw new VocabularyException(file + ": " + e.getMessage(), e);
        }
    }

    private static Term term(JsonNode t) {
        Map<String, String> ids = new LinkedHashMap<>();
        t.path("ids").properties().forEach(e -> ids.put(e.getKey(), e.getValue().asText()));
        return new Term(t.path("key").asText(), TermKind.valueOf(t.path("kind").asText().toUpperCase(Locale.ROOT)),
                t.path("name").asText(), strings(t.path("synonyms")), strings(t.path("abbreviations")),
                strings(t.path("broader")), t.path("class").asBoolean(false), ids);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** A small vocabulary of our own, for unit tests that must not depend on the shipped data. */
    static Vocabulary small() {
        return Vocabulary.of(List.of(
                substance("mdma", "MDMA", List.of("methylenedioxymethamphetamine", "ecstasy"), List.of("MDMA")),
                substance("psilocybin", "psilocybin", List.of("COMP360"), List.of()),
                substance("escitalopram", "escitalopram", List.of("Lexapro"), List.of()),
                condition("ptsd", "post-traumatic stress disorder", List.of("posttraumatic stress disorder"), List.of("PTSD")),
                condition("depression", "major depressive disorder", List.of("depression", "major depression"),
                        List.of("MDD"))));
    }

    private static Term substance(String key, String name, List<String> synonyms, List<String> abbreviations) {
        return new Term(key, TermKind.SUBSTANCE, name, synonyms, abbreviations, List.of(), false, Map.of());
    }

    private static Term condition(String key, String name, List<String> synonyms, List<String> abbreviations) {
        return new Term(key, TermKind.CONDITION, name, synonyms, abbreviations, List.of(), false, Map.of());
    }
}
