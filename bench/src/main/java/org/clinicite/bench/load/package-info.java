/**
 * The load check of {@code clinicite serve} ({@code bench/load/run}, bench/README.md "Load"):
 * {@link org.clinicite.bench.load.LoadCorpus} makes a clinicite PostgreSQL database of
 * generated studies by COPY (schema by Flyway) and its search index through the search
 * module; {@link org.clinicite.bench.load.LoadQueries} prints the request paths of the 20
 * analyst queries for wrk; {@link org.clinicite.bench.load.LoadReport} turns the wrk output,
 * the GC log and the memory samples into the report with a flat / not-flat memory verdict.
 */
package org.clinicite.bench.load;
