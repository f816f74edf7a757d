/**
 * The search benchmark: clinicite's Lucene index against PostgreSQL full-text search on the
 * same generated corpus and the same 20 analyst queries, with a check that both find the
 * same studies. Run {@link org.clinicite.bench.search.SearchBenchmark}; bench/README.md has
 * the command and the figures.
 *
 * <h2>Parts</h2>
 *
 * <ul>
 * <li>{@link org.clinicite.bench.search.CorpusGenerator}: the seeded corpus (with {@code Lexicon},
 *     {@code StudyTexts}, {@code Outcomes}, {@code Weighted}: word lists, templates, Zipf draws).</li>
 * <li>{@code LuceneBuild}: the index through {@code StudyIndex}; {@code LucenePeerBuild}: the
 *     build's peer, bare Lucene indexing the same free text only (the ceiling of the hardware);
 *     {@code PgCorpus} / {@code PgLoad}: the query peer's table, COPY, indexes.
 *     {@code --phases build} runs the two builds alone.</li>
 * <li>{@code BenchQueries}: the mix; {@code PgQueries}: the parsed query tree as SQL;
 *     {@code PgSearch}: one round trip per query; {@code QueryRun}: warm-up and timed rounds.</li>
 * <li>{@code Verify}: totals, facet counts and id sets compared; {@code Report}: the figures.</li>
 * </ul>
 *
 * <h2>Fairness</h2>
 *
 * Both engines get the same parsed tree (vocabulary expanded once, in Java), the same text
 * semantics as far as the two analysers allow (stop words, stemming, hyphenated words,
 * phrases that never span two fields or values: see {@code PgCorpus}), indexes on every
 * filtered column, a tuned session (no JIT, in-memory work_mem, custom plans), warm caches,
 * and the same work per request: exact total, a ranked page of 20 with what a result list
 * shows, facet counts when asked. Each class comments the choices that affect the comparison.
 */
package org.clinicite.bench.search;
