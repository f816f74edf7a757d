package org.clinicite.citation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a style's {@code <info>} block (title, parent link, default-locale) with plain string search.
 * A full XML parse of 10,000+ styles would make listing the catalog several times slower.
 */
final class StyleHeader {
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final byte[] INFO_END = "</info>".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DEFAULT_LOCALE = attributePattern("default-locale");
    private static final Pattern REL = attributePattern("rel");
    private static final Pattern HREF = attributePattern("href");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private StyleHeader() {
    }

    /** Parses the info block of a style's XML text (the whole text, or at least up to {@code </info>}). */
    static StyleInfo parse(String id, String xml) {
        String head = headOf(xml);
        String title = title(head);
        String parent = parentLink(head);
        int style = tagStart(head, "style", 0);
        String locale = style < 0 ? null : attribute(tagAt(head, style), DEFAULT_LOCALE);
        return new StyleInfo(id, title == null ? id : title, parent != null,
                parent == null ? null : lastSegment(parent), locale);
    }

    private static String title(String head) {
        int start = tagStart(head, "title", 0);
        if (start < 0) {
            return null;
        }
        int contentStart = start + tagAt(head, start).length();
        int close = head.indexOf("</title>", contentStart);
        return close < 0 ? null : unescape(head.substring(contentStart, close).trim());
    }

    private static String parentLink(String head) {
        for (int i = tagStart(head, "link", 0); i >= 0; i = tagStart(head, "link", i + 1)) {
            String link = tagAt(head, i);
            if ("independent-parent".equals(attribute(link, REL))) {
                return attribute(link, HREF);
            }
        }
        return null;
    }

    /** Index of the first {@code <name>} or {@code <name ...>} start tag at or after {@code from}, or -1. */
    private static int tagStart(String head, String name, int from) {
        String open = "<" + name;
        for (int i = head.indexOf(open, from); i >= 0; i = head.indexOf(open, i + 1)) {
            int after = i + open.length();
            if (after < head.length() && (head.charAt(after) == '>' || head.charAt(after) == '/'
                    || Character.isWhitespace(head.charAt(after)))) {
                return i;
            }
        }
        return -1;
    }

    /** The start tag at {@code start}, up to and including its {@code >}. */
    private static String tagAt(String head, int start) {
        int end = head.indexOf('>', start);
        return end < 0 ? head.substring(start) : head.substring(start, end + 1);
    }

    /** Reads a style stream only up to the end of its info block (decoded once, so UTF-8 is never split). */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] chunk;
        do {
            chunk = in.readNBytes(4096);
            out.write(chunk);
        } while (chunk.length == 4096 && out.size() < MAX_HEADER_BYTES && !containsInfoEnd(out.toByteArray()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean containsInfoEnd(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - INFO_END.length; i++) {
            for (int j = 0; j < INFO_END.length; j++) {
                if (bytes[i + j] != INFO_END[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String headOf(String xml) {
        int end = xml.indexOf("</info>");
        return end < 0 ? xml : xml.substring(0, end);
    }

    private static Pattern attributePattern(String name) {
        return Pattern.compile("\\b" + name + "\\s*=\\s*[\"']([^\"']*)[\"']");
    }

    private static String attribute(String attributes, Pattern attribute) {
        Matcher m = attribute.matcher(attributes);
        return m.find() ? m.group(1).trim() : null;
    }

    private static String lastSegment(String href) {
        String s = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
        return s.substring(s.lastIndexOf('/') + 1);
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
