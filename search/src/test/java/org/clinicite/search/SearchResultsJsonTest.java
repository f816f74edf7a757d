package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchResultsJsonTest {
    private static SearchResults sample() {
        SearchHit hit = new SearchHit("1", 2.71828f, "Patient perspectives", "Barone et al., 2019, J Psychoactive Drugs",
                List.of(new Highlight("abstract", "greater «self-awareness» and")), "qualitative", 19, 2019,
                List.of("MDMA"), List.of("post-traumatic stress disorder"), List.of("15/19 (79%) reduction"));
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("substance", List.of(new FacetValue("mdma", "MDMA", 3), new FacetValue("psilocybin", "psilocybin", 1)));
        facets.put("design", List.of(new FacetValue("rct", "rct", 2)));
        return new SearchResults(4, List.of(hit), facets, List.of("a notice"));
    }

    @Test
    void hasTheShapeOfDesignMd() throws Exception {
        ObjectNode json = SearchResultsJson.toJson(sample());
        JsonNode round = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(json));
        assertEquals(4, round.get("total").asInt());
        JsonNode r = round.get("results").get(0);
        assertEquals("1", r.get("id").asText());
        assertEquals(2.718, r.get("score").asDouble(), 1e-9);
        assertEquals("Patient perspectives", r.get("title").asText());
        assertEquals("Barone et al., 2019, J Psychoactive Drugs", r.get("citation").asText());
        assertEquals("abstract", r.get("highlights").get(0).get("field").asText());
        assertEquals("greater «self-awareness» and", r.get("highlights").get(0).get("text").asText());
        assertEquals("qualitative", r.get("design").asText());
        assertEquals(19, r.get("n").asInt());
        assertEquals("MDMA", r.get("substances").get(0).asText());
        assertEquals("post-traumatic stress disorder", r.get("conditions").get(0).asText());
        assertEquals("15/19 (79%) reduction", r.get("outcomes").get(0).asText());
        assertEquals(3, round.get("facets").get("substance").get("MDMA").asInt());
        assertEquals(1, round.get("facets").get("substance").get("psilocybin").asInt());
        assertEquals(2, round.get("facets").get("design").get("rct").asInt());
        assertEquals("a notice", round.get("notices").get(0).asText());
    }

    @Test
    void missingValuesAndFacetsAreLeftOut() {
        SearchHit bare = new SearchHit("6", 1f, "T", "n.d.", List.of(), null, null, null, List.of(), List.of(), List.of());
        ObjectNode json = SearchResultsJson.toJson(new SearchResults(1, List.of(bare), Map.of(), List.of()));
        JsonNode r = json.get("results").get(0);
        assertFalse(r.has("design"));
        assertFalse(r.has("n"));
        assertTrue(r.get("highlights").isArray());
        assertFalse(json.has("facets"));
        assertTrue(json.get("notices").isEmpty());
    }
}
