package org.clinicite.core.id;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A ClinicalTrials.gov registry number: {@code NCT} followed by eight digits. */
public record NctId(String value) implements Identifier {
    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");
    private static final Pattern IN_TEXT = Pattern.compile("\\bNCT\\s?\\d{8}\\b", Pattern.CASE_INSENSITIVE);

    public NctId {
        String s = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (!NCT.matcher(s).matches()) {
            throw new IllegalArgumentException("not an NCT number: " + value);
        }
        value = s;
    }

    public static Optional<NctId> parse(String raw) {
        return isValid(raw) ? Optional.of(new NctId(raw)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return raw != null && NCT.matcher(raw.strip().toUpperCase(Locale.ROOT).replace(" ", "")).matches();
    }

    public static Optional<NctId> findInText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? parse(m.group()) : Optional.empty();
    }

    @Override
    public String scheme() {
        return "nct";
    }

    @Override
    public String toString() {
        return value;
    }
}
