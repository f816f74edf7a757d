package org.clinicite.core.id;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A PubMed Central identifier, normalised to {@code PMC} followed by digits. */
public record Pmcid(String value) implements Identifier {
    private static final Pattern PMCID = Pattern.compile("PMC\\d{1,10}");

    public Pmcid {
        String s = normalise(value);
        if (!PMCID.matcher(s).matches()) {
            throw new IllegalArgumentException("not a PMCID: " + value);
        }
        value = s;
    }

    private static String normalise(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        return s.matches("\\d+") ? "PMC" + s : s;
    }

    public static Optional<Pmcid> parse(String raw) {
        return raw != null && PMCID.matcher(normalise(raw)).matches() ? Optional.of(new Pmcid(raw)) : Optional.empty();
    }

    @Override
    public String scheme() {
        return "pmcid";
    }

    @Override
    public String toString() {
        return value;
    }
}
