package org.clinicite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clinicite.search.FacetValue;
import org.clinicite.search.Highlight;
import org.clinicite.search.QuerySyntaxException;
import org.clinicite.search.SearchHit;
import org.clinicite.search.SearchOptions;
import org.clinicite.search.SearchResults;
import org.clinicite.search.SearchResultsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite search QUERY}: ranked studies with outcome lines, highlights and facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search studies. Fields: substance: condition: design: phase: journal: author: outlet: year:2019 "
                + "year:2015..2024 n>=50 n:20..100 doi: pmid: nct: has:news|outcomes|results; AND OR NOT -term ( ) \"phrases\".",
            "Example: substance:ecstasy condition:\"post-traumatic stress disorder\" n>=10"})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined)")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20", description = "Results per page. Default: 20")
    int limit;

    @Option(names = "--page", defaultValue = "1", description = "Page number, from 1. Default: 1")
    int page;

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "relevance|year|n", description = "Sort order")
    String sort;

    @Option(names = "--facets", description = "Print facet counts (substance, condition, design, phase, year, journal, outlet)")
    boolean facets;

    @Option(names = "--drill", paramLabel = "DIM=VALUE", description = "Keep only results with this facet value, e.g. --drill design=rct")
    Map<String, String> drill;

    @Option(names = "--json", description = "JSON: {total, results[], facets{}, notices[]}")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || page < 1) {
            throw new UsageException("--limit and --page must be at least 1");
        }
        String q = String.join(" ", query);
        SearchOptions opts = SearchOptions.defaults().limit(limit).offset((page - 1) * limit)
                .sort(SearchOptions.Sort.parse(sort)).facets(facets || json);
        if (drill != null) {
            for (Map.Entry<String, String> e : drill.entrySet()) {
                opts = opts.drillDown(e.getKey(), e.getValue());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchResults r;
        try (AppContext app = AppContext.of(global, root.global)) {
            r = SearchSupport.search(app, q, opts, err);
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        r.notices().forEach(n -> err.println("note: " + n));
        err.flush();
        if (json) {
            Json.print(out, SearchResultsJson.toJson(r));
        } else {
            print(out, r);
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, SearchResults r) {
        out.println(r.total() + (r.total() == 1 ? " study" : " studies"));
        for (SearchHit h : r.hits()) {
            out.println();
            out.println("[" + h.id() + "] " + h.title());
            out.println("    " + h.citation());
            String meta = List.of(h.design() == null ? "" : h.design(), h.n() == null ? "" : "n=" + h.n(),
                    String.join(", ", h.substances()), String.join(", ", h.conditions())).stream()
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" | "));
            if (!meta.isEmpty()) {
                out.println("    " + meta);
            }
            h.outcomes().forEach(o -> out.println("    outcome: " + o));
            h.highlights().stream().limit(2).map(Highlight::text).forEach(t -> out.println("    … " + t));
        }
        if (facets) {
            for (Map.Entry<String, List<FacetValue>> f : r.facets().entrySet()) {
                if (!f.getValue().isEmpty()) {
                    out.println();
                    out.println(f.getKey() + ": " + f.getValue().stream().map(v -> v.label() + " (" + v.count() + ")")
                            .collect(Collectors.joining(", ")));
                }
            }
        }
        out.flush();
    }
}
