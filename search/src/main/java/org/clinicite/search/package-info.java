/**
 * Search: a Lucene index of studies in the data directory, derived from the database and
 * rebuildable at any time.
 *
 * <h2>Flow</h2>
 *
 * <pre>
 * Study (Hibernate) --StudyDocuments.from--> StudyDocument --StudyIndex.update/commit--> index
 * "substance:ecstasy n>=50" --QueryParser(+Vocabulary)--> QueryNode --StudyIndex.search--> SearchResults
 * </pre>
 *
 * {@link org.clinicite.search.SearchService} is the entry point for searching,
 * {@link org.clinicite.search.IndexSync} for keeping the index current,
 * {@link org.clinicite.search.SearchResultsJson} gives the {@code search --json} shape.
 *
 * <h2>Fields</h2>
 *
 * <table>
 * <caption>Index fields</caption>
 * <tr><th>field</th><th>holds</th><th>type</th></tr>
 * <tr><td>id</td><td>study id (update key)</td><td>keyword, not stored (a hit reads its id from the hit line)</td></tr>
 * <tr><td>text</td><td>all free text, one value per part: title, abstract, outcome lines,
 *     findings, write-up headlines and bodies</td><td>English text with stemming and ASCII
 *     folding, positions, stored without compression ({@code LuceneCodec}; the highlighter analyses the page's hits again); a gap of 100
 *     positions between values keeps phrases inside one</td></tr>
 * <tr><td>title</td><td>the title again</td><td>the same analysis, not stored: its score is
 *     added to a match in the text</td></tr>
 * <tr><td>parts</td><td>how many values of {@code text} each part has</td><td>numeric doc
 *     value (8 bits per part): names a highlighted passage's part</td></tr>
 * <tr><td>author, journal, outlet</td><td>family names; journal title and ISO abbreviation;
 *     outlet names</td><td>name text: folded, lower case, no stemming</td></tr>
 * <tr><td>year, n</td><td>publication year, sample size</td><td>IntPoint + doc values (sort)</td></tr>
 * <tr><td>substance, condition</td><td>vocabulary keys</td><td>keyword</td></tr>
 * <tr><td>design, phase</td><td>design code (rct, qualitative, ...), normalised phase (2, 2/3)</td><td>keyword</td></tr>
 * <tr><td>doi, pmid, nct</td><td>normalised identifiers</td><td>keyword</td></tr>
 * <tr><td>has</td><td>news, outcomes, results (outcomes with numbers)</td><td>keyword</td></tr>
 * <tr><td>hit</td><td>what a hit shows: id, title, citation, design, n, year, substance and
 *     condition names, outcome lines ({@code LuceneHitLines})</td><td>one binary doc value: read
 *     without the stored long texts, which only the highlighter reads</td></tr>
 * <tr><td>facetTerm</td><td>journal and outlet facet values as dim/value paths</td><td>keyword:
 *     their drill-down (the other dimensions drill down on their own fields)</td></tr>
 * <tr><td>facets</td><td>substance, condition (keys, shown by name), design, phase, year, journal,
 *     outlet</td><td>SortedSet doc values, no taxonomy index</td></tr>
 * </table>
 *
 * <h2>Query language</h2>
 *
 * <pre>
 * substance:mdma condition:"post-traumatic stress disorder" design:rct n&gt;=50 year:2015..2024 "self-awareness"
 * </pre>
 *
 * <ul>
 * <li>Words and {@code "quoted phrases"} search title, abstract, outcomes, findings and
 *     write-ups (stemmed: "reductions" finds "reduction"); a hyphenated word is a phrase.</li>
 * <li>{@code substance:} and {@code condition:} take a key, name, synonym or abbreviation
 *     (quoted when it has spaces) and match the term and every narrower term:
 *     {@code substance:ecstasy} finds MDMA, {@code substance:psychedelic} finds psilocybin
 *     and MDMA. A value the vocabulary does not know is searched as text, with a notice.</li>
 * <li>{@code design:} a code or label ({@code rct}, {@code open-label}, {@code qualitative},
 *     {@code cohort}, ...); {@code phase:2} (also {@code II}, {@code "phase 2/3"});
 *     {@code journal:}, {@code author:}, {@code outlet:} words of the name.</li>
 * <li>{@code year:2019}, {@code year:2015..2024}, {@code year:2015..}, {@code year>=2015};
 *     {@code n>=50}, {@code n>50}, {@code n<=100}, {@code n<100}, {@code n:20..100}.</li>
 * <li>{@code doi:}, {@code pmid:}, {@code nct:} (normalised as on import);
 *     {@code has:news}, {@code has:outcomes}, {@code has:results}.</li>
 * <li>Clauses side by side must all match; {@code OR}, {@code AND}, {@code NOT} (upper case)
 *     and a leading {@code -} combine them, with parentheses; NOT binds tightest, then AND, then OR.</li>
 * </ul>
 *
 * Errors are {@link org.clinicite.search.QuerySyntaxException}s with a 1-based position and a
 * hint: {@code unknown field 'substnce' at 1; did you mean 'substance'?}.
 *
 * <h2>Results</h2>
 *
 * Total, a page of hits (relevance, year or sample-size order), facet counts with
 * drill-sideways (drilling into one substance still counts the other substances), and
 * highlighted passages with matches between {@code «} and {@code »} (see
 * {@link org.clinicite.search.Highlight}).
 *
 * <h2>How a search runs (what keeps it fast at 1M studies)</h2>
 *
 * <ul>
 * <li>No look at the directory per search: a commit through any {@code StudyIndex} of the JVM
 *     is seen by the next search of every instance on that directory (read-your-writes for
 *     import and catch-up); a daemon thread picks up other processes' commits within a second.</li>
 * <li>A word scores as {@code text OR title} (the title is in the text too: same matches), so
 *     a word or words ORed let Lucene skip matches that cannot reach the page (block-max
 *     WAND); phrases and required words score as text with an optional title; sorts by year or size
 *     skip through the points index, and so do filters alone (every match scores the same,
 *     so relevance order is year order). The exact total then comes from a pass that does
 *     not score and leaves out the title clauses (same matches): the facet pass, or
 *     {@code IndexSearcher.count}, which answers a lone word from the index statistics.
 *     Queries whose matches must be checked one by one anyway (phrases, several required
 *     words) take one exhaustive pass that also counts and collects facets.</li>
 * <li>Free text is one field: a word or phrase is one query, each match scored once.</li>
 * <li>Year and size ranges beside narrower clauses check the candidates' doc values instead of
 *     collecting every study in the range from the points index ({@code IndexOrDocValuesQuery}).</li>
 * <li>A query's segments are searched in slices on all cores (the caller takes one).</li>
 * <li>Hits read the {@code hit} doc value; highlighting reads the stored text of the page's
 *     hits only, analysing it again (words: matched token by token; phrases: matched in an
 *     index of the hit's text in memory, so a phrase is marked as one span).</li>
 * <li>Facets count SortedSet doc values, the segments on all cores at once; their ordinal
 *     state is built once per reader.</li>
 * </ul>
 *
 * Indexing: {@link org.clinicite.search.IndexSync} loads batches from the database while
 * indexing threads ({@link org.clinicite.search.IndexingPool}) analyse the loaded ones; a
 * rebuild adds into the cleared index ({@code StudyIndex.add}: no delete term per study), and
 * the indexing threads write the last buffered segments before the commit
 * ({@code StudyIndex.flushBuffers}). The writer buffers up to 256 MB (an eighth of the heap;
 * system property {@code clinicite.index.ramBufferMb}; 1 GB cost more CPU than the merges it
 * saved), and writes no compound files for flushed segments. Facet values are written as
 * their SortedSet doc values directly, not through {@code FacetsConfig.build}; drill-downs on
 * substance, condition, design, phase and year use those fields' own terms and points, so only
 * journal and outlet values index a dim/value drill-down term ({@code facetTerm}); lower case, folding and stop
 * words are one filter at index time ({@code LuceneLowerFoldStopFilter}), and the text
 * analyser remembers what its token-local filters made of each word
 * ({@code LuceneMemoFilter}: a word seen before is one look-up instead of possessives,
 * folding, stop words and Porter). The stored text is not compressed ({@code LuceneCodec},
 * Lucene's codec with raw stored fields): LZ4 cost ~10 % of the build's CPU for text read
 * only for a page's hits; the index is ~60 % larger. What a study's document costs beyond
 * bare Lucene on the same text, and the build's figures at 1M: bench/README.md, "The index
 * build".
 *
 * <h2>Sync protocol</h2>
 *
 * Each committed change to a study appends a row to {@code change_log} in the same
 * transaction ({@code StudyRepository.recordChange}). Each index commit stores, in its
 * user data, the last sequence number it holds and the index layout version. A reader
 * compares that with {@code ChangeLog.head()} ({@link org.clinicite.search.IndexSync#isBehind},
 * plain JDBC); {@link org.clinicite.search.IndexSync#catchUp} re-indexes the studies changed
 * in between (deleting the ones gone) and commits the head, or rebuilds when the layout is
 * old or the index is ahead of the database. The index holds nothing the database does not,
 * so deleting the index directory is always safe.
 *
 * <h2>Using it (the command line's {@code search})</h2>
 *
 * Open the index with {@link org.clinicite.search.StudyIndex#forDataDir} and the vocabulary
 * with {@code Vocabulary.forDataDir}. Ask {@link org.clinicite.search.IndexSync#isBehind} with
 * a plain data source; only when it says yes, open the {@code Database} and
 * {@link org.clinicite.search.IndexSync#catchUp}. Then
 * {@link org.clinicite.search.SearchService#search} and print
 * {@link org.clinicite.search.SearchResultsJson#toJson}. {@code reindex} is
 * {@link org.clinicite.search.IndexSync#rebuild}. A {@code QuerySyntaxException} is bad input
 * (exit 1, print its {@code caretLine()}); an {@code UncheckedIOException} from the index is an
 * I/O error (exit 3). Only one process writes the index at a time (Lucene's write lock; a
 * second writer gets an {@code UncheckedIOException}); any number may search. The tests
 * ({@code SearchServiceTest}, {@code IndexSyncTest}) show every step.
 *
 * <h2>The back-end seam</h2>
 *
 * {@link org.clinicite.search.StudyIndex} is the only class that holds an IndexWriter or an
 * IndexSearcher; Lucene types appear only in it and the package-private {@code Lucene*}
 * helpers it uses (schema, analysers, query translation, highlighting). The parser produces a
 * back-end-neutral {@link org.clinicite.search.QueryNode} tree with the vocabulary already
 * applied, and results are plain records. An OpenSearch back end would replace StudyIndex and
 * the helpers, translating the same tree, and keep the rest. A test checks that no other file
 * imports Lucene.
 */
package org.clinicite.search;
