package org.clinicite.importer.news;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article object of a page's JSON-LD ({@code <script
 * type="application/ld+json">}): a NewsArticle, Article, BlogPosting or similar, found at
 * the top level, in an array or in an {@code @graph}. Malformed JSON-LD is ignored (the
 * page's other metadata still counts).
 */
final class JsonLdArticle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BlogPosting", "MedicalWebPage", "WebPage", "ScholarlyArticle", "Report",
            "PressRelease");

    private final JsonNode node;

    private JsonLdArticle(JsonNode node) {
        this.node = node;
    }

    static Optional<JsonLdArticle> of(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Optional<JsonNode> article = parse(script.data()).flatMap(JsonLdArticle::articleIn);
            if (article.isPresent()) {
                return article.map(JsonLdArticle::new);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> articleIn(JsonNode n) {
        if (n.isArray()) {
            for (JsonNode child : n) {
                Optional<JsonNode> found = articleIn(child);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (isArticle(n)) {
            return Optional.of(n);
        }
        return n.has("@graph") ? articleIn(n.get("@graph")) : Optional.empty();
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (TYPES.contains(t.asText()) && !t.asText().equals("WebPage")) {
                    return true;
                }
            }
            return false;
        }
        return TYPES.contains(type.asText()) && !type.asText().endsWith("WebPage") && n.has("headline");
    }

    Optional<String> text(String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
    }

    /** The authors' names ("author" as an object, a string or an array of either). */
    List<String> authors() {
        return names(node.path("author"));
    }

    Optional<String> publisher() {
        List<String> names = names(node.path("publisher"));
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    }

    /** {@code articleSection} values, then {@code keywords} (an array or a comma-separated string). */
    List<String> sections() {
        List<String> out = new ArrayList<>(strings(node.path("articleSection")));
        return out;
    }

    Optional<String> url() {
        return text("url").or(() -> {
            JsonNode page = node.path("mainEntityOfPage");
            return page.isTextual() ? Optional.of(page.asText()) : Optional.ofNullable(page.path("@id").textValue());
        });
    }

    private static List<String> names(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.addAll(names(x)));
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        } else if (v.path("name").isTextual()) {
            out.add(v.path("name").asText().strip());
        }
        return out;
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.addAll(strings(x)));
        } else if (v.isTextual()) {
            for (String s : v.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }
}
