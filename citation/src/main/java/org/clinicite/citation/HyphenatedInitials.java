package org.clinicite.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code initialize-with-hyphen="false"}, which citeproc-java 3.5.2 ignores: AMA and NLM (Vancouver) want "Qin XQ"
 * for Xiao-Qiang Qin, citeproc-java writes "Qin X-Q". Only used for styles whose every name is initialised
 * ({@link StyleRewriter}), where joining the parts of the given name with a space changes nothing but the initials.
 */
final class HyphenatedInitials {
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L}\\.?)-(?=\\p{L})");

    private record Field(Function<CSLItemData, CSLName[]> get, BiConsumer<CSLItemDataBuilder, CSLName[]> set) {
    }

    private static final Field[] FIELDS = {
        new Field(CSLItemData::getAuthor, CSLItemDataBuilder::author),
        new Field(CSLItemData::getEditor, CSLItemDataBuilder::editor),
        new Field(CSLItemData::getTranslator, CSLItemDataBuilder::translator),
        new Field(CSLItemData::getContainerAuthor, CSLItemDataBuilder::containerAuthor),
        new Field(CSLItemData::getCollectionEditor, CSLItemDataBuilder::collectionEditor),
        new Field(CSLItemData::getReviewedAuthor, CSLItemDataBuilder::reviewedAuthor),
    };

    private HyphenatedInitials() {
    }

    /** The item with hyphens between given-name parts replaced by spaces, or the item itself if it has none. */
    static CSLItemData join(CSLItemData item) {
        CSLItemDataBuilder copy = null;
        for (Field f : FIELDS) {
            CSLName[] names = f.get().apply(item);
            if (names == null || !hasHyphen(names)) {
                continue;
            }
            CSLName[] joined = new CSLName[names.length];
            for (int i = 0; i < names.length; i++) {
                joined[i] = join(names[i]);
            }
            copy = copy == null ? new CSLItemDataBuilder(item) : copy;
            f.set().accept(copy, joined);
        }
        return copy == null ? item : copy.build();
    }

    static String joinGiven(String given) {
        return given == null ? null : HYPHEN.matcher(given).replaceAll(" ");
    }

    private static boolean hasHyphen(CSLName[] names) {
        for (CSLName n : names) {
            if (n.getGiven() != null && HYPHEN.matcher(n.getGiven()).find()) {
                return true;
            }
        }
        return false;
    }

    private static CSLName join(CSLName n) {
        return n.getGiven() == null ? n : new CSLNameBuilder(n).given(joinGiven(n.getGiven())).build();
    }
}
