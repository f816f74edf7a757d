package org.clinicite.importer.csljson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicite.core.model.Authorship;

/**
 * CSL name variables as authorships: {@code literal} stays whole; a
 * {@code non-dropping-particle} ("van" in "van Gogh") belongs to the family name; a
 * {@code dropping-particle} ("de" in "Jean de La Fontaine") and a {@code suffix} ("Jr.")
 * go with the given name; Crossref's {@code affiliation[].name} becomes the affiliation.
 */
final class CslNames {
    private CslNames() {
    }

    static List<Authorship> authors(JsonNode names) {
        List<Authorship> out = new ArrayList<>();
        if (names == null || !names.isArray()) {
            return out;
        }
        for (JsonNode n : names) {
            Authorship a = n.isTextual() ? parsed(n.asText()) : name(n);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static Authorship parsed(String name) {
        return name.isBlank() ? null : Authorship.parse(name);
    }

    private static Authorship name(JsonNode n) {
        String literal = CslValues.text(n, "literal").orElse(null);
        String family = join(CslValues.text(n, "non-dropping-particle").orElse(null),
                CslValues.text(n, "family").orElse(null), " ");
        String given = join(CslValues.text(n, "given").orElse(null),
                CslValues.text(n, "dropping-particle").orElse(null), " ");
        given = join(given, CslValues.text(n, "suffix").orElse(null), ", ");
        Authorship a;
        if (literal != null) {
            a = Authorship.literal(literal);
        } else if (family != null) {
            a = new Authorship(family, given);
        } else if (given != null) {
            a = Authorship.literal(given);
        } else {
            return null;
        }
        a.setAffiliation(affiliation(n.get("affiliation")));
        return a;
    }

    private static String affiliation(JsonNode affiliations) {
        if (affiliations == null || !affiliations.isArray()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : affiliations) {
            (a.isTextual() ? Optional.of(a.asText().strip()) : CslValues.text(a, "name"))
                    .filter(s -> !s.isEmpty()).ifPresent(names::add);
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static String join(String a, String b, String separator) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + separator + b;
    }
}
