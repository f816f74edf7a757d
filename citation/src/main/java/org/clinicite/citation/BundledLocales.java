package org.clinicite.citation;

import de.undercouch.citeproc.LocaleProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CSL locales from the org.citationstyles:locales artifact ({@code /locales-de-DE.xml}), read from the
 * classpath only. Replaces citeproc-java's DefaultLocaleProvider so that names are normalised
 * ("de_de", "de" → "de-DE") and an unknown locale gives an {@link UnknownLocaleException}.
 */
final class BundledLocales implements LocaleProvider {
    private static final String ANCHOR = "locales-en-US.xml";
    private static final Map<String, String> LANGUAGE_DEFAULTS = Map.of(
            "en", "en-US", "zh", "zh-CN", "pt", "pt-PT", "sv", "sv-SE", "el", "el-GR", "da", "da-DK");

    private final Map<String, String> byLowerCase = new TreeMap<>();
    private final Map<String, String> xmlCache = new ConcurrentHashMap<>();

    BundledLocales() {
        ClasspathListing.forEach(BundledLocales.class, ANCHOR, ".xml", (name, in) -> {
            if (name.startsWith("locales-")) {
                String tag = name.substring("locales-".length(), name.length() - ".xml".length());
                byLowerCase.put(tag.toLowerCase(Locale.ROOT), tag);
            }
        });
    }

    /** The bundled locale tag for a user's locale name, e.g. "de" or "de_de" → "de-DE". */
    String canonical(String requested) {
        String key = requested.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        String tag = byLowerCase.get(key);
        if (tag == null && key.indexOf('-') < 0) {
            tag = byLowerCase.get(LANGUAGE_DEFAULTS.getOrDefault(key, key + "-" + key).toLowerCase(Locale.ROOT));
            if (tag == null) {
                tag = byLowerCase.entrySet().stream().filter(e -> e.getKey().startsWith(key + "-"))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
        }
        if (tag == null) {
            throw new UnknownLocaleException(requested, available());
        }
        return tag;
    }

    List<String> available() {
        return new ArrayList<>(byLowerCase.values());
    }

    /**
     * The locale XML. citeproc-java also asks for a language's primary dialect and expects an
     * IllegalArgumentException (as from its DefaultLocaleProvider) if there is none, so that is thrown here.
     */
    @Override
    public String retrieveLocale(String lang) {
        String tag;
        try {
            tag = canonical(lang);
        } catch (UnknownLocaleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return xmlCache.computeIfAbsent(tag, BundledLocales::read);
    }

    private static String read(String tag) {
        try (InputStream in = BundledLocales.class.getResourceAsStream("/locales-" + tag + ".xml")) {
            if (in == null) {
                throw new UnknownLocaleException(tag, List.of());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled locale " + tag, e);
        }
    }
}
