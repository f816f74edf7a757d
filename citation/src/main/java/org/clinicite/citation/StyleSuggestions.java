package org.clinicite.citation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Nearest style ids to a mistyped one: substring matches first, then by edit distance. */
final class StyleSuggestions {
    static final int MAX = 5;

    private StyleSuggestions() {
    }

    private record Scored(String id, int rank, int distance) {
    }

    static List<String> nearest(String query, Collection<String> ids) {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        int cutoff = Math.max(3, q.length() / 2);
        List<Scored> scored = new ArrayList<>(ids.size());
        for (String id : ids) {
            int d = distance(q, id);
            boolean substring = (q.length() >= 3 && id.contains(q)) || (id.length() >= 4 && q.contains(id));
            // a typo (≤ 2 edits) first, then ids containing the query or contained in it, then the rest by distance
            int rank = d <= 2 ? 0 : substring ? 1 : 2;
            if (rank < 2 || d <= cutoff) {
                scored.add(new Scored(id, rank, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::distance).thenComparing(Scored::id));
        return scored.stream().limit(MAX).map(Scored::id).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
