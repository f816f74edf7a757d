package org.clinicite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.clinicite.citation.Bibliography;
import org.clinicite.citation.CitationFormatter;
import org.clinicite.citation.OutputFormat;
import org.clinicite.citation.StyleCatalog;
import org.clinicite.citation.StyleInfo;
import org.clinicite.citation.export.ExportFormat;
import org.clinicite.citation.export.Exporter;
import org.clinicite.core.json.StudyJson;

/** {@code GET /api/cite}, {@code GET /api/export} and {@code GET /api/styles}. */
final class CitationApi {
    private static final int MAX_ITEMS = 1000;
    private static final int MAX_EXPORT = 100_000;
    private final AppServices app;
    private final Selection selection;

    CitationApi(AppServices app) {
        this.app = app;
        this.selection = new Selection(app);
    }

    /** A bibliography: {@code {style, locale, format, text, entries: [{id, text}], issues: [...]}}. */
    void cite(Context ctx) {
        String style = Params.optional(ctx, "style", "apa");
        OutputFormat format = OutputFormat.parse(Params.optional(ctx, "format", "text"));
        String locale = Params.optional(ctx, "locale", CitationFormatter.DEFAULT_LOCALE);
        StyleCatalog.bundled().resolve(style); // an unknown style is a 400 before any database work
        List<JsonNode> items = selection.items(ctx, Params.integer(ctx, "limit", 100, 1, MAX_ITEMS), false);
        Bibliography b = app.citations().format(items, style, format, locale);
        ObjectNode body = StudyJson.MAPPER.createObjectNode();
        body.put("style", b.style()).put("locale", b.locale()).put("format", format.name().toLowerCase(java.util.Locale.ROOT))
                .put("text", b.text());
        ArrayNode entries = body.putArray("entries");
        b.entries().forEach(e -> entries.addObject().put("id", e.id()).put("text", e.text()));
        ArrayNode issues = body.putArray("issues");
        b.errors().forEach(e -> issues.addObject().put("id", e.id()).put("message", e.message()));
        JsonBody.send(ctx, body);
    }

    /** The export file itself, as an attachment named {@code clinicite.EXT}. */
    void export(Context ctx) {
        ExportFormat format = ExportFormat.parse(Params.required(ctx, "to"));
        List<JsonNode> items = selection.items(ctx, Params.integer(ctx, "limit", MAX_EXPORT, 1, MAX_EXPORT), true);
        StringWriter out = new StringWriter();
        try {
            Exporter.of(format).write(items, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType(ExportTypes.mediaType(format))
                .header("Content-Disposition", "attachment; filename=\"clinicite." + format.extension() + "\"")
                .result(out.toString());
    }

    /** {@code [{id, title, dependent, parent}]}: every bundled style, or those matching {@code match}. */
    void styles(Context ctx) {
        String match = Params.optional(ctx, "match", null);
        int limit = Params.integer(ctx, "limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        StyleCatalog catalog = StyleCatalog.bundled();
        List<StyleInfo> styles = match == null ? catalog.all() : catalog.find(match);
        ArrayNode arr = StudyJson.MAPPER.createArrayNode();
        styles.stream().limit(limit).forEach(s -> arr.addObject().put("id", s.id()).put("title", s.title())
                .put("dependent", s.dependent()).put("parent", s.parentId()));
        JsonBody.send(ctx, arr);
    }
}
