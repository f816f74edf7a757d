/**
 * The substance / condition vocabulary: synonyms (INN, chemical, brand and street
 * names), case-sensitive abbreviations, a hierarchy of broader terms and classes, and
 * external ids. {@link org.clinicite.core.vocab.Vocabulary#find} finds terms in text
 * (for importers): folded word n-grams against the synonyms, longest first, exact words
 * against the abbreviations; a text to search for several kinds is split and folded once
 * ({@link org.clinicite.core.vocab.TextWords}, a character scanner; each word is looked up
 * once for every kind), and n-grams are tried only from a word that starts a multi-word
 * synonym, up to that word's longest one and only while the n-gram still begins one;
 * {@link org.clinicite.core.vocab.Vocabulary#lookup} and
 * {@link org.clinicite.core.vocab.Vocabulary#expand} serve the query language.
 * The shipped data lives in {@code vocabulary.json} beside this package; a user's
 * {@code vocabulary.json} in the data directory adds to it.
 */
package org.clinicite.core.vocab;
