/**
 * The substance / condition vocabulary: synonyms (INN, chemical, brand and street
 * names), case-sensitive abbreviations, a hierarchy of broader terms and classes, and
 * external ids. {@link org.clinicite.core.vocab.Vocabulary#find} finds terms in text
 * (for importers); {@link org.clinicite.core.vocab.Vocabulary#lookup} and
 * {@link org.clinicite.core.vocab.Vocabulary#expand} serve the query language.
 * The shipped data lives in {@code vocabulary.json} beside this package; a user's
 * {@code vocabulary.json} in the data directory adds to it.
 */
package org.clinicite.core.vocab;
