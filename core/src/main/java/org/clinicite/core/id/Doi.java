package org.clinicite.core.id;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier, normalised to lower case without resolver prefix
 * ({@code 10.1080/02791072.2019.1580805}). DOIs are case-insensitive by definition.
 */
public record Doi(String value) implements Identifier {
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s\"<>]+");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;)\\]]+$");

    public Doi {
        String normalised = normalise(value);
        if (!DOI.matcher(normalised).matches()) {
            throw new IllegalArgumentException("not a DOI: " + value);
        }
        value = normalised;
    }

    private static String normalise(String raw) {
        String s = PREFIX.matcher(raw.strip()).replaceFirst("");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    public static Optional<Doi> parse(String raw) {
        return raw == null || raw.isBlank() || !isValid(raw) ? Optional.empty() : Optional.of(new Doi(raw));
    }

    public static boolean isValid(String raw) {
        return raw != null && DOI.matcher(normalise(raw)).matches();
    }

    /** The first DOI in free text, if any. */
    public static Optional<Doi> findInText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DOI.matcher(text);
        return m.find() ? parse(m.group()) : Optional.empty();
    }

    public String url() {
        return "https://doi.org/" + value;
    }

    @Override
    public String scheme() {
        return "doi";
    }

    @Override
    public String toString() {
        return value;
    }
}
