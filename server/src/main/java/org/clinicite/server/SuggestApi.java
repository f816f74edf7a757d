package org.clinicite.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.vocab.Term;

/**
 * {@code GET /api/suggest?kind=substance|condition&prefix=…}: vocabulary terms whose name,
 * a synonym or an abbreviation starts with the prefix, for the search box's suggestions
 * (the page writes {@code substance:"name"}).
 */
final class SuggestApi {
    private static final int MAX = 10;
    private final AppServices app;

    SuggestApi(AppServices app) {
        this.app = app;
    }

    void suggest(Context ctx) {
        TermKind kind = kind(Params.optional(ctx, "kind", "substance"));
        String prefix = Params.required(ctx, "prefix").toLowerCase(Locale.ROOT);
        List<Term> found = app.vocabulary().terms(kind).stream().filter(t -> matches(t, prefix))
                .sorted(Comparator.comparingInt((Term t) -> rank(t, prefix))
                        .thenComparing(Term::name, String.CASE_INSENSITIVE_ORDER))
                .limit(MAX).toList();
        ArrayNode out = StudyJson.MAPPER.createArrayNode();
        found.forEach(t -> out.addObject().put("key", t.key()).put("name", t.name())
                .put("kind", kind.name().toLowerCase(Locale.ROOT)).put("isClass", t.isClass()));
        JsonBody.send(ctx, out);
    }

    private static boolean matches(Term t, String prefix) {
        return names(t).anyMatch(s -> s.toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    /** Exact names first ("ptsd" is PTSD's abbreviation), then names that start with the prefix. */
    private static int rank(Term t, String prefix) {
        if (names(t).anyMatch(s -> s.equalsIgnoreCase(prefix))) {
            return 0;
        }
        return t.name().toLowerCase(Locale.ROOT).startsWith(prefix) ? 1 : 2;
    }

    private static Stream<String> names(Term t) {
        return Stream.of(Stream.of(t.name()), t.synonyms().stream(), t.abbreviations().stream()).flatMap(s -> s);
    }

    private static TermKind kind(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "substance":
                return TermKind.SUBSTANCE;
            case "condition":
                return TermKind.CONDITION;
            default:
                throw ApiException.badRequest("parameter 'kind' must be substance or condition, not '" + s + "'");
        }
    }
}
