package org.clinicite.importer.news;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines: "by Christian Rigg", "By Jane Doe and John Roe", "Written by Jane Doe",
 * "Jane Doe | Reuters", "By Jane Doe, Reuters". A wire or outlet name after the names is
 * returned separately.
 */
final class BylineParser {
    private static final Pattern BY = Pattern.compile(
            "^(?i:by|written by|words by|story by|reporting by|author:?|posted by)\\s*:?\\s+(.+)$");
    private static final Pattern PIPE = Pattern.compile("^(.+?)\\s*[|/]\\s*(\\p{Lu}[\\p{L}&. ]{1,40})$");
    private static final Pattern TRAILING_OUTLET = Pattern.compile("^(.+?),\\s+(\\p{Lu}[\\p{L}&. ]{1,40})$");
    private static final Pattern ROLE = Pattern.compile(
            "(?i),?\\s+(?:staff writer|senior writer|contributor|correspondent|reporter|health reporter|"
            + "science writer|science editor|health editor|editor)$");

    private BylineParser() {
    }

    /** The byline of a line, if the line is one. */
    static Optional<Byline> parse(String line) {
        String s = TextCleaner.clean(line);
        Matcher by = BY.matcher(s);
        if (by.matches()) {
            return names(ROLE.matcher(by.group(1)).replaceFirst("").strip());
        }
        Matcher pipe = PIPE.matcher(s);
        if (pipe.matches() && !NameText.splitList(pipe.group(1)).isEmpty()) {
            return Optional.of(new Byline(pipe.group(1).strip(), pipe.group(2).strip()));
        }
        return Optional.empty();
    }

    private static Optional<Byline> names(String text) {
        if (!NameText.splitList(text).isEmpty()) {
            return Optional.of(new Byline(text, null));
        }
        Matcher m = TRAILING_OUTLET.matcher(text);
        if (m.matches() && !NameText.splitList(m.group(1)).isEmpty()) {
            return Optional.of(new Byline(m.group(1).strip(), m.group(2).strip()));
        }
        return Optional.empty();
    }

    /**
     * @param names  the author names as printed ("Christian Rigg")
     * @param outlet an outlet named on the byline ("Reuters"), or null
     */
    record Byline(String names, String outlet) {
    }
}
