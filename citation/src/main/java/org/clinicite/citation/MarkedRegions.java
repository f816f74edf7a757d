package org.clinicite.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.locale.LTerm;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Applies the regions that {@link StyleRewriter} marked in a rendered entry or citation, before citeproc-java
 * merges punctuation. One instance per output format (it remembers the previous bibliography entry's names).
 * <ul>
 *   <li>{@link Markers#TITLE_OPEN}: title case by {@link TitleCase} (only for English items, as citeproc-java);</li>
 *   <li>{@link Markers#CAPITALIZE_FIRST_OPEN}: {@link TitleCase#capitalizeFirst};</li>
 *   <li>{@link Markers#STRIP_OPEN}: periods removed;</li>
 *   <li>{@link Markers#RANGE_OPEN}: a numeric range gets the style's range delimiter ({@link NumberRanges});</li>
 *   <li>{@link Markers#LABEL_VOLUME_OPEN}, {@link Markers#LABEL_ISSUE_OPEN}: the label of a volume or issue with
 *       more than one number is made plural ("nos. 1–2");</li>
 *   <li>{@link Markers#PAGE_OPEN}: a page range as citeproc-js writes it where citeproc-java differs
 *       ({@link NumberRanges#page});</li>
 *   <li>{@link Markers#NAMES_OPEN}: in a bibliography entry, the first names are replaced by the style's
 *       subsequent-author-substitute if they are the same as the previous entry's (rule "complete-all").</li>
 * </ul>
 * Only variable text is changed, never affixes, delimiters or quotation marks. The markers are then removed, and
 * markup markers too unless the output format turns them into markup.
 */
final class MarkedRegions {
    private final boolean keepMarkup;
    private String substitute;
    private String rangeDelimiter = "\u2013";
    private int entryIndex = -1;
    private String previousNames;
    private Set<String> enDashRanges = Set.of();

    MarkedRegions(boolean keepMarkup) {
        this.keepMarkup = keepMarkup;
    }

    /** The subsequent-author-substitute text of the style (rule complete-all), or null for none. */
    void substituteSubsequentAuthors(String text) {
        this.substitute = text;
    }

    /** The delimiter of numeric ranges in volume, issue, number and edition ({@link NumberRanges}). */
    void rangeDelimiter(String delimiter) {
        this.rangeDelimiter = delimiter;
    }

    /**
     * Ids of items whose volume or issue range was written with an en dash and given to citeproc-java with a
     * hyphen ({@link NumberRanges#hyphenate}): citeproc-js keeps the en dash of such a range, so it is put back
     * instead of the style's delimiter. The set is the engine's, filled per call.
     */
    void enDashRanges(Set<String> ids) {
        this.enDashRanges = ids;
    }

    /** Marks the bibliography entry being formatted (call with -1 when done); index 0 starts a bibliography. */
    void entry(int index) {
        if (index == 0) {
            previousNames = null;
        }
        entryIndex = index;
    }

    /**
     * Formats one bibliography entry with it marked as entry {@code index}: how every output format wraps
     * citeproc-java's {@code formatBibliographyEntry}.
     */
    String entry(int index, Supplier<String> format) {
        entry(index);
        try {
            return format.get();
        } finally {
            entry(-1);
        }
    }

    private record Region(char type, List<int[]> cells) {
    }

    void apply(TokenBuffer buffer, RenderContext ctx) {
        List<Token> tokens = buffer.getTokens();
        if (!hasMarkers(tokens)) {
            if (entryIndex >= 0) {
                previousNames = null;
            }
            return;
        }
        if (entryIndex >= 0 && substitute != null) {
            substituteNames(tokens);
        }
        List<StringBuilder[]> cells = cells(tokens);
        for (Region r : regions(tokens)) {
            if (r.type() == Markers.STRIP_OPEN) {
                r.cells().forEach(c -> {
                    if (".".contentEquals(cells.get(c[0])[c[1]])) {
                        cells.get(c[0])[c[1]].setLength(0);
                    }
                });
            } else if (r.type() == Markers.RANGE_OPEN) {
                String delimiter = ctx.getItemData() != null && enDashRanges.contains(ctx.getItemData().getId())
                        ? "\u2013" : rangeDelimiter;
                rewrite(r, cells, v -> NumberRanges.range(v, delimiter));
            } else if (r.type() == Markers.LABEL_VOLUME_OPEN && ctx.getItemData() != null
                    && NumberRanges.isPlural(ctx.getItemData().getVolume())) {
                rewrite(r, cells, v -> plural(v, "volume", ctx));
            } else if (r.type() == Markers.LABEL_ISSUE_OPEN && ctx.getItemData() != null
                    && NumberRanges.isPlural(ctx.getItemData().getIssue())) {
                rewrite(r, cells, v -> plural(v, "issue", ctx));
            } else if (r.type() == Markers.LAST_NAME_OPEN && !r.cells().isEmpty()) {
                ellipsisBeforeLastName(tokens, cells, r.cells().get(0)[0], ctx);
            } else if (r.type() == Markers.PAGE_OPEN && ctx.getItemData() != null) {
                rewrite(r, cells, v -> NumberRanges.page(ctx.getItemData().getPage(), v,
                        ctx.getStyle().getPageRangeFormat(), rangeDelimiter));
            } else if (r.type() == Markers.CAPITALIZE_FIRST_OPEN) {
                rewrite(r, cells, TitleCase::capitalizeFirst);
            } else if (r.type() == Markers.TITLE_OPEN && isEnglish(ctx)) {
                rewrite(r, cells, TitleCase::apply);
            }
        }
        rebuild(tokens, cells);
    }

    /**
     * et-al-use-last ({@link EtAlUseLast}): the "and" before the marked last name becomes the ellipsis; without an
     * "and", the ellipsis goes before the name.
     */
    private static void ellipsisBeforeLastName(List<Token> tokens, List<StringBuilder[]> cells, int nameToken,
            RenderContext ctx) {
        String and = ctx.getTerm("and");
        for (int i = nameToken - 1; i >= 0; i--) {
            if (!(tokens.get(i) instanceof TextToken t) || t.getText().isBlank()) {
                continue;
            }
            String text = Markers.strip(t.getText()).strip();
            if (("&".equals(text) || text.equals(and)) && cells.get(i).length > 0) {
                StringBuilder[] row = cells.get(i);
                for (StringBuilder cell : row) {
                    cell.setLength(0);
                }
                row[0].append(t.getText().replace(text, "\u2026").replaceAll("[^\u2026\\s]", ""));
                return;
            }
            break;
        }
        StringBuilder[] row = cells.get(nameToken);
        for (StringBuilder cell : row) {
            if (cell.length() > 0 && !Markers.isRegionMarker(cell.charAt(0))) {
                cell.insert(0, "\u2026 ");
                return;
            }
        }
    }

    /**
     * The plural of a rendered singular label ("no." → "nos."): citeproc-java 3.5.2 only makes page, number and
     * locator labels plural. The form is the one whose singular term is the label; a capital first letter stays.
     */
    private static String plural(String label, String term, RenderContext ctx) {
        String trimmed = label.strip();
        for (LTerm.Form form : LTerm.Form.values()) {
            String singular = ctx.getTerm(term, form, false);
            if (singular != null && !singular.isEmpty() && singular.equalsIgnoreCase(trimmed)) {
                String plural = ctx.getTerm(term, form, true);
                if (plural == null || plural.isEmpty()) {
                    return label;
                }
                if (Character.isUpperCase(trimmed.charAt(0))) {
                    plural = Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
                }
                return label.replace(trimmed, plural);
            }
        }
        return label;
    }

    private static boolean isEnglish(RenderContext ctx) {
        return ctx.getItemLocale() == null || "en".equals(ctx.getItemLocale().getLanguage());
    }

    private static boolean hasMarkers(List<Token> tokens) {
        for (Token t : tokens) {
            if (t instanceof TextToken tt && tt.getText().chars().anyMatch(c -> Markers.isMarker((char) c))) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the tokens of the entry's first names region by the substitute if they repeat the previous one. */
    private void substituteNames(List<Token> tokens) {
        int[] span = firstNames(tokens);
        if (span == null) {
            previousNames = null;
            return;
        }
        StringBuilder names = new StringBuilder();
        for (int i = span[0]; i < span[1]; i++) {
            if (tokens.get(i) instanceof TextToken t) {
                names.append(Markers.strip(t.getText()));
            }
        }
        String text = names.toString();
        if (!text.isEmpty() && text.equals(previousNames) && span[1] > span[0]) {
            TextToken first = (TextToken) tokens.get(span[0]);
            tokens.subList(span[0], span[1]).clear();
            tokens.add(span[0], new TextToken(substitute, TextToken.Type.TEXT, first.getFormattingAttributes()));
        }
        previousNames = text;
    }

    /** Token range [start, end) strictly inside the first names markers, or null. */
    private static int[] firstNames(List<Token> tokens) {
        int start = -1;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken t)) {
                continue;
            }
            for (char ch : t.getText().toCharArray()) {
                if (ch == Markers.NAMES_OPEN && depth++ == 0) {
                    start = i + 1;
                } else if (ch == Markers.NAMES_CLOSE && depth > 0 && --depth == 0) {
                    return new int[] {start, i};
                }
            }
        }
        return null;
    }

    private static List<StringBuilder[]> cells(List<Token> tokens) {
        List<StringBuilder[]> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String text = t instanceof TextToken tt ? tt.getText() : "";
            StringBuilder[] row = new StringBuilder[text.length()];
            for (int i = 0; i < text.length(); i++) {
                row[i] = new StringBuilder(1).append(text.charAt(i));
            }
            out.add(row);
        }
        return out;
    }

    private static List<Region> regions(List<Token> tokens) {
        List<Region> done = new ArrayList<>();
        Deque<Region> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken t)) {
                continue;
            }
            String text = t.getText();
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (Markers.isRegionMarker(ch) && (ch - Markers.TITLE_OPEN) % 2 == 0) {
                    open.push(new Region(ch, new ArrayList<>()));
                } else if (Markers.isRegionMarker(ch)) {
                    closeRegion(open, (char) (ch - 1), done);
                } else if (t.getType() == TextToken.Type.TEXT) {
                    for (Region r : open) {
                        r.cells().add(new int[] {i, c});
                    }
                }
            }
        }
        return done;
    }

    private static void closeRegion(Deque<Region> open, char type, List<Region> done) {
        for (Region r : open) {
            if (r.type() == type) {
                open.remove(r);
                done.add(r);
                return;
            }
        }
    }

    /** Replaces the region's text by {@code change(text)}, cell by cell; a longer result goes to the last cell. */
    private static void rewrite(Region r, List<StringBuilder[]> cells, UnaryOperator<String> change) {
        StringBuilder text = new StringBuilder();
        r.cells().forEach(c -> text.append(cells.get(c[0])[c[1]]));
        String changed = change.apply(text.toString());
        if (changed.contentEquals(text)) {
            return;
        }
        int at = 0;
        for (int k = 0; k < r.cells().size(); k++) {
            int[] c = r.cells().get(k);
            StringBuilder cell = cells.get(c[0])[c[1]];
            int end = k == r.cells().size() - 1 ? changed.length() : Math.min(changed.length(), at + cell.length());
            cell.setLength(0);
            cell.append(changed, Math.min(at, changed.length()), end);
            at = end;
        }
    }

    private void rebuild(List<Token> tokens, List<StringBuilder[]> cells) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!(tokens.get(i) instanceof TextToken t)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (StringBuilder cell : cells.get(i)) {
                for (int k = 0; k < cell.length(); k++) {
                    char ch = cell.charAt(k);
                    if (!Markers.isRegionMarker(ch) && (keepMarkup || !Markers.isMarkupMarker(ch))) {
                        b.append(ch);
                    }
                }
            }
            if (b.length() == 0 && !t.getText().isEmpty()) {
                tokens.remove(i);
            } else if (!b.toString().equals(t.getText())) {
                tokens.set(i, t.copyWithText(b.toString()));
            }
        }
    }
}
