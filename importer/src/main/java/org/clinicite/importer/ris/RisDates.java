package org.clinicite.importer.ris;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import org.clinicite.core.model.PartialDate;

/**
 * RIS dates: {@code YYYY/MM/DD/other} with any part empty ({@code 2019///},
 * {@code 2016/12//}), a month name ({@code 2015/october}) or ISO dashes
 * ({@code 2005-07-15}). Zero parts ({@code 2001/00/00/}) mean unknown.
 */
final class RisDates {
    private RisDates() {
    }

    /** Whether the value has no date at all ({@code ///}), as opposed to an unreadable one. */
    static boolean isBlank(String value) {
        return value.replaceAll("[/\\s-]", "").isEmpty();
    }

    /** The date, or empty when the year is not a four-digit number. */
    static Optional<PartialDate> parse(String value) {
        String[] parts = value.strip().split(value.contains("/") ? "/" : "-", -1);
        if (parts.length == 0 || !parts[0].strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(parts[0].strip());
        Integer month = parts.length > 1 ? month(parts[1]) : null;
        Integer day = month != null && parts.length > 2 ? day(parts[2]) : null;
        return Optional.of(new PartialDate(year, month, day));
    }

    private static Integer month(String part) {
        String p = part.strip();
        if (p.matches("\\d{1,2}")) {
            int m = Integer.parseInt(p);
            return m >= 1 && m <= 12 ? m : null;
        }
        if (p.length() >= 3) {
            String prefix = p.substring(0, 3).toUpperCase(Locale.ROOT);
            for (Month m : Month.values()) {
                if (m.name().startsWith(prefix)) {
                    return m.getValue();
                }
            }
        }
        return null;
    }

    private static Integer day(String part) {
        String p = part.strip();
        if (!p.matches("\\d{1,2}")) {
            return null;
        }
        int d = Integer.parseInt(p);
        return d >= 1 && d <= 31 ? d : null;
    }
}
