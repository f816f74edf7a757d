package org.clinicite.citation;

import java.util.Map;

/** Names users type for styles that the CSL repository files under another id. */
final class StyleAliases {
    /** "vancouver": the CSL repository has no style of that id; NLM's citation-sequence style is Vancouver. */
    static final Map<String, String> ALIASES = Map.of(
            "vancouver", "nlm-citation-sequence",
            "ama", "american-medical-association",
            "mla", "modern-language-association",
            "chicago", "chicago-author-date",
            "harvard", "harvard-cite-them-right",
            "lancet", "the-lancet",
            "apa7", "apa");

    private StyleAliases() {
    }

    /** The bundled id an alias stands for, or the id itself. */
    static String canonical(String id) {
        return ALIASES.getOrDefault(id, id);
    }
}
