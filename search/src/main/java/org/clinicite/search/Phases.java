package org.clinicite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises a trial phase as sources write it ("Phase 2", "PHASE II", "Phase 2/Phase 3",
 * "early phase 1") to the key that is indexed and searched ("2", "2", "2/3", "early-1").
 */
final class Phases {
    private static final Map<String, String> ROMAN = Map.of("i", "1", "ii", "2", "iii", "3", "iv", "4");

    private Phases() {
    }

    /** The normalised phase, or null when nothing is left (blank, "phase"). */
    static String normalize(String phase) {
        if (phase == null) {
            return null;
        }
        String s = phase.toLowerCase(Locale.ROOT).replace("phase", " ").strip();
        if (s.equals("n/a") || s.equals("na") || s.equals("not applicable")) {
            return "n/a";
        }
        List<String> parts = new ArrayList<>();
        for (String part : s.split("\\s*(?:/|,|&|\\+|\\band\\b|-(?=\\s*\\d))\\s*")) {
            String p = part.strip().replaceAll("\\s+", "-");
            if (!p.isEmpty()) {
                parts.add(ROMAN.getOrDefault(p, p));
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
