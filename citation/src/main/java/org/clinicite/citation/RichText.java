package org.clinicite.citation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML-like markup CSL-JSON allows in field values ({@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>},
 * {@code <sc>}, {@code <span style="font-variant:small-caps;">}, {@code <span class="nocase">}). citeproc-java
 * 3.5.2 prints the tags as text ("Amines&lt;sup&gt;1&lt;/sup&gt;"); citeproc-js reads them. Here balanced tags
 * become {@link Markers}, which title case respects (nocase, sub, sup, small caps) and each output format turns
 * into its markup, or into nothing in plain text. Unbalanced tags are left as they are.
 */
final class RichText {
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(i|b|sup|sub|sc)>|<span\\s+class=\"(nocase|nodecor)\"\\s*>|<span\\s+style=\"\\s*font-variant:\\s*small-caps;?\\s*\"\\s*>|</span>",
            Pattern.CASE_INSENSITIVE);
    /** nodecor spans only reset formatting, which plain values do not have: the tags are dropped. */
    private static final char NODECOR = '\uE0FF';

    private RichText() {
    }

    private record Tag(int start, int end, String name, char open, boolean closing) {
    }

    /** The value with balanced markup tags replaced by markers; the value itself if it has none. */
    static String toMarkers(String value) {
        if (value == null || value.indexOf('<') < 0) {
            return value;
        }
        List<Tag> tags = tags(value);
        char[] replacement = new char[tags.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            if (!t.closing()) {
                open.push(i);
            } else if (!open.isEmpty() && matches(tags.get(open.peek()), t)) {
                int o = open.pop();
                char opener = tags.get(o).open();
                replacement[o] = opener;
                replacement[i] = opener == NODECOR ? NODECOR : Markers.closerOf(opener);
            } else {
                open.clear(); // crossed or stray tags: leave the rest as written
            }
        }
        StringBuilder out = new StringBuilder(value.length());
        int from = 0;
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            out.append(value, from, t.start());
            if (replacement[i] == 0) {
                out.append(value, t.start(), t.end());
            } else if (replacement[i] != NODECOR) {
                out.append(replacement[i]);
            }
            from = t.end();
        }
        return out.append(value.substring(from)).toString();
    }

    private static List<Tag> tags(String value) {
        List<Tag> out = new ArrayList<>();
        Matcher m = TAG.matcher(value);
        while (m.find()) {
            String g = m.group().toLowerCase(Locale.ROOT);
            boolean closing = g.startsWith("</");
            String name = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT) : "span";
            out.add(new Tag(m.start(), m.end(), name, closing ? 0 : opener(m), closing));
        }
        return out;
    }

    private static char opener(Matcher m) {
        if (m.group(2) != null) {
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "i" -> Markers.ITALIC_OPEN;
                case "b" -> Markers.BOLD_OPEN;
                case "sup" -> Markers.SUP_OPEN;
                case "sub" -> Markers.SUB_OPEN;
                default -> Markers.SMALL_CAPS_OPEN;
            };
        }
        if (m.group(3) != null) {
            return "nocase".equalsIgnoreCase(m.group(3)) ? Markers.NOCASE_OPEN : NODECOR;
        }
        return Markers.SMALL_CAPS_OPEN;
    }

    private static boolean matches(Tag open, Tag close) {
        return open.name().equals(close.name());
    }
}
