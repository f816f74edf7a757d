package org.clinicite.importer.news;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.importer.text.Sentences;

/**
 * Finds the publication a copied page comes from, most explicit evidence first: a wire
 * dateline ("LONDON (Reuters) -"), an outlet on the byline ("Jane Doe | Reuters"), a
 * copyright line ("© 2021 Imperial College London"), the site name the page header
 * repeats (logo text, "PsyPost" twice, that recurs in the page's short lines: menus,
 * footers), the root of a breadcrumb ("PsyPost › Psychopharmacology"), a "Source: X" line.
 */
final class OutletFinder {
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{Lu}\\p{L} .,'’-]{0,40})?\\((Reuters|AP|AFP|Bloomberg|UPI|HealthDay News|PA|dpa)\\)\\s*[-–—]");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*"
            + "([^.|]{2,60}?)\\.?(?:\\s*(?:all rights reserved|\\|).*)?$");
    private static final Pattern SOURCE = Pattern.compile("(?i)^(?:source|originally published (?:by|in|on))\\s*:?\\s+(.{2,60}?)\\.?$");
    private static final Pattern BREADCRUMB = Pattern.compile("\\s+[>›»/]\\s+");
    private static final Set<String> NAV = Set.of("home", "menu", "search", "subscribe", "log in", "login", "sign in",
            "sign up", "my account", "account", "no result", "view all result", "view all results", "about", "contact",
            "news", "latest", "more", "close", "skip to content", "register", "newsletter", "newsletters", "donate",
            "privacy policy", "advertisement", "sections", "topics", "health", "science", "open menu", "main menu");
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_NAME_CHARS = 40;

    private OutletFinder() {
    }

    /**
     * @param lines         all cleaned lines of the page
     * @param headerEnd     index of the first line after the page header (the headline)
     * @param bylineOutlet  an outlet named on the byline, or null
     */
    static Optional<String> find(List<String> lines, int headerEnd, String bylineOutlet) {
        Optional<String> wire = lines.stream().map(WIRE_DATELINE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
        if (wire.isPresent()) {
            return wire;
        }
        if (bylineOutlet != null) {
            return Optional.of(bylineOutlet);
        }
        List<String> header = lines.subList(0, Math.max(0, Math.min(headerEnd, lines.size())));
        return firstGroup(lines, COPYRIGHT)
                .or(() -> repeatedSiteName(lines, headerEnd))
                .or(() -> breadcrumbRoot(header))
                .or(() -> firstGroup(lines, SOURCE));
    }

    /** The short name-like header line that recurs most often in the page (at least twice). */
    private static Optional<String> repeatedSiteName(List<String> lines, int headerEnd) {
        String fullText = String.join("\n", lines.stream().filter(l -> !LineKinds.isProse(l)).toList());
        String best = null;
        int bestCount = 1;
        for (String line : lines.subList(0, Math.max(0, headerEnd))) {
            if (!isSiteNameCandidate(line)) {
                continue;
            }
            int count = occurrences(fullText, line);
            if (count > bestCount) {
                best = line;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "PsyPost › Psychopharmacology › MDMA": the first crumb, unless it is "Home" or another menu word. */
    private static Optional<String> breadcrumbRoot(List<String> header) {
        for (String line : header) {
            String[] crumbs = BREADCRUMB.split(line);
            if (crumbs.length >= 2 && isSiteNameCandidate(crumbs[0].strip())) {
                return Optional.of(crumbs[0].strip());
            }
        }
        return Optional.empty();
    }

    private static boolean isSiteNameCandidate(String line) {
        return !line.isEmpty() && line.length() <= MAX_NAME_CHARS && Sentences.wordCount(line) <= MAX_NAME_WORDS
                && Character.isUpperCase(line.codePointAt(0)) && line.matches("[\\p{L}\\p{N} .&'’-]+")
                && !NAV.contains(line.toLowerCase(Locale.ROOT)) && DateParser.find(line).isEmpty();
    }

    private static int occurrences(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Optional<String> firstGroup(List<String> lines, Pattern p) {
        return lines.stream().map(p::matcher).filter(Matcher::matches).map(m -> m.group(1).strip())
                .filter(s -> !s.isEmpty()).findFirst();
    }
}
