package org.clinicite.search;

import java.util.List;

/**
 * The result of parsing a query: the tree, and notices for the user about what was
 * searched differently from what was typed ("substance 'xyz' is not in the vocabulary;
 * searched as text").
 */
public record ParsedQuery(String text, QueryNode root, List<String> notices) {
    public ParsedQuery {
        notices = List.copyOf(notices);
    }
}
