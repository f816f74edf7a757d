package org.clinicite.search;

import java.util.List;
import java.util.Set;

/**
 * A parsed query, independent of the search back end: {@link QueryParser} builds it with
 * the vocabulary already applied (synonyms resolved, hierarchy expanded), and
 * {@link StudyIndex} translates it for Lucene. Another back end (OpenSearch) would
 * translate the same tree.
 */
public sealed interface QueryNode {

    /** Every study (the empty query). */
    record All() implements QueryNode {
    }

    /** Every child must match. */
    record And(List<QueryNode> children) implements QueryNode {
        public And {
            children = List.copyOf(children);
        }
    }

    /** At least one child must match. */
    record Or(List<QueryNode> children) implements QueryNode {
        public Or {
            children = List.copyOf(children);
        }
    }

    /** The child must not match. */
    record Not(QueryNode child) implements QueryNode {
    }

    /**
     * Free text over title, abstract, outcomes, findings and write-ups. A word that the
     * analyser splits into several ("self-awareness") is matched as a phrase, like a
     * quoted phrase.
     */
    record Text(String text, boolean quoted) implements QueryNode {
    }

    /** One of the exact values in a key field (substance keys after expansion, design codes, ...). */
    record Terms(QueryField field, Set<String> values) implements QueryNode {
        public Terms {
            values = Set.copyOf(values);
        }
    }

    /** The words of a name, in order, in a name field (journal, author, outlet). */
    record Name(QueryField field, String text) implements QueryNode {
    }

    /** An inclusive range of a numeric field; a null bound is open. */
    record Range(QueryField field, Integer min, Integer max) implements QueryNode {
    }
}
