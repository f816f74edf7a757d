package org.clinicite.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The org.citationstyles:styles artifact on the classpath: independent styles at the jar root
 * ({@code /apa.csl}), dependent styles under {@code /dependent/} ({@code /dependent/jama.csl}).
 */
final class BundledStyles {
    static final String ANCHOR = "apa.csl";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private BundledStyles() {
    }

    /** The XML text of a bundled style, independent or dependent, or empty if there is none with this id. */
    static Optional<String> read(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        for (String path : new String[] {"/" + id + ".csl", "/dependent/" + id + ".csl"}) {
            try (InputStream in = BundledStyles.class.getResourceAsStream(path)) {
                if (in != null) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read bundled style " + path, e);
            }
        }
        return Optional.empty();
    }

    /** Reads the info block of every bundled style; an independent style wins over a dependent one of the same id. */
    static Map<String, StyleInfo> scan() {
        Map<String, StyleInfo> index = new TreeMap<>();
        ClasspathListing.forEach(BundledStyles.class, ANCHOR, ".csl", (name, in) -> {
            StyleInfo info = StyleHeader.parse(idOf(name), StyleHeader.readHead(in));
            index.merge(info.id(), info, (old, neu) -> old.dependent() ? neu : old);
        });
        return index;
    }

    private static String idOf(String entryName) {
        String file = entryName.substring(entryName.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".csl".length());
    }
}
