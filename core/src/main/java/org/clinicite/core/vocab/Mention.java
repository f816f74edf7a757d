package org.clinicite.core.vocab;

/** Where a term is named in a text: character offsets and the words as written. */
public record Mention(Term term, int start, int end, String text) {
}
