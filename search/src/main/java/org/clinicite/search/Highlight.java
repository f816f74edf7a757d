package org.clinicite.search;

/**
 * One passage of a hit's text with the matched words between {@code «} and {@code »}
 * (U+00AB, U+00BB): plain characters that need no escaping in JSON, HTML or a terminal,
 * unlike {@code <b>}. A passage cut from a longer text starts or ends with {@code …}.
 * A web page can turn the markers into {@code <mark>} after escaping the text.
 *
 * @param field where the passage is from: title, abstract, finding, outcome or news
 * @param text  the passage
 */
public record Highlight(String field, String text) {
    public static final String OPEN = "«";
    public static final String CLOSE = "»";
    public static final String ELLIPSIS = "…";
}
