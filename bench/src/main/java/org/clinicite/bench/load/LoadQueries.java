package org.clinicite.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clinicite.bench.search.BenchQueries;
import org.clinicite.bench.search.BenchQuery;
import org.clinicite.search.SearchOptions;

/**
 * Prints the request paths of the load check, one a line, for {@code bench/load/rotate.lua}:
 * {@code /api/search?q=...} for each of the search benchmark's 20 analyst queries
 * ({@link BenchQueries}), URL-encoded, with {@code &sort=year} or {@code &sort=n} where the
 * query is sorted. The API counts facets for every search, as the page asks it to.
 */
public final class LoadQueries {
    private LoadQueries() {
    }

    public static void main(String[] args) {
        for (BenchQuery q : BenchQueries.all()) {
            System.out.println(path(q));
        }
    }

    static String path(BenchQuery q) {
        String path = "/api/search?q=" + URLEncoder.encode(q.query(), StandardCharsets.UTF_8);
        if (q.sort() != SearchOptions.Sort.RELEVANCE) {
            path += "&sort=" + q.sort().name().toLowerCase(java.util.Locale.ROOT);
        }
        return path;
    }
}
