package org.clinicite.core.id;

import java.util.Optional;
import java.util.regex.Pattern;

/** A PubMed identifier: 1 to 9 digits, without leading zeros. */
public record Pmid(String value) implements Identifier {
    private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern PREFIX = Pattern.compile("(?i)^pmid:\\s*");

    public Pmid {
        String s = value == null ? "" : PREFIX.matcher(value.strip()).replaceFirst("");
        if (!PMID.matcher(s).matches()) {
            throw new IllegalArgumentException("not a PMID: " + value);
        }
        value = s;
    }

    public static Optional<Pmid> parse(String raw) {
        return isValid(raw) ? Optional.of(new Pmid(raw)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return raw != null && PMID.matcher(PREFIX.matcher(raw.strip()).replaceFirst("")).matches();
    }

    @Override
    public String scheme() {
        return "pmid";
    }

    @Override
    public String toString() {
        return value;
    }
}
