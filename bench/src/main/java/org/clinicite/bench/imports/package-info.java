/**
 * The PubMed XML import benchmark ({@link org.clinicite.bench.imports.ImportBenchmark};
 * bench/README.md, "Import", has the command and the figures).
 *
 * <p>One run, one seeded file ({@code PubmedXmlGenerator}, from the importer's test-jar),
 * phases in this order, each bounded by {@code --timeout-min} (a stopped phase
 * reports the rate of what it did):
 * <ol>
 * <li><b>StAX scan only</b> ({@code StaxScanPhase}): the importer's XML reader, nothing
 * mapped: the floor under parsing.</li>
 * <li><b>parse only</b> ({@code ParsePhase}): {@code PubmedXmlImporter.read} into a
 * counting sink: records/s and MB/s.</li>
 * <li><b>import into H2 / PostgreSQL</b> ({@code DbImportPhase}): {@code ImportService},
 * batches of 200, into a fresh database (a new H2 file; PostgreSQL's {@code public}
 * schema dropped and migrated again). With {@code --profile}: a wall-clock stack sampler
 * ({@code StackProfiler}, {@code StackClassifier}: which {@code RecordStore} step, and
 * whether in a database round trip) and Hibernate's statistics ({@code HibernateFigures}).</li>
 * <li><b>COPY peer</b> ({@code CopyPhase}): a parse pass writes the rows the import would
 * store (study, authorship, study_term, provenance, change_log, journal) as CSV
 * ({@code CsvRows}); {@code CopyPeer} loads them with {@code CopyManager.copyIn} into schema
 * {@code copy_peer}, built from clinicite's own migration files: once with the foreign
 * keys (the same shape as the import's tables: the ceiling the goal refers to), once
 * without.</li>
 * <li><b>heap</b> ({@code HeapCheck}, {@code ChildParse}): the parse phase in a child JVM
 * with {@code -Xmx256m} for each size in {@code --heap-records}.</li>
 * </ol>
 *
 * <p>{@code ParseDigest} (its own main) hashes everything a parse extracts from a file, so a
 * change meant only to make parsing faster can be shown to leave the results unchanged.
 *
 * <p>Every phase reports wall-clock time and CPU time ({@code CpuMeter}: this JVM, and the
 * PostgreSQL backends from {@code /proc}); on a shared machine the CPU time is the steadier
 * figure. Heap ({@code HeapSampler}): peak used (sampled) and peak after a collection (what
 * is retained). Figures go to stdout as a markdown table ({@code FigureTable},
 * {@code Ratios}); progress and profiles to stderr.
 */
package org.clinicite.bench.imports;
