/**
 * Persistence: {@link org.clinicite.core.db.Database} opens an H2 file database in the
 * data directory (default) or any JDBC URL (PostgreSQL), migrates it with Flyway
 * ({@code db/migration/V*.sql}, the same files on both) and builds the Hibernate
 * {@code SessionFactory}. {@link org.clinicite.core.db.StudyRepository} holds the
 * queries; {@link org.clinicite.core.db.ChangeLog} reads the change sequence that the
 * search index follows; {@link org.clinicite.core.db.StudyRefs} resolves the references
 * users give for a study (id, DOI, pmid:, PMC, NCT) for the command line and the API alike;
 * {@link org.clinicite.core.db.DatabaseConfig#indexDir} names the search index directory
 * of a database. Hibernate never generates or updates the schema.
 *
 * <p>For bulk writes: {@code StudyRepository} also has batch look-ups ({@code in} lists of
 * identifiers, title keys, journal keys, provenance fingerprints), {@code recordChanges}
 * (the change counter advanced once for many studies, the log rows JDBC-batched) and
 * {@code planEachQuery} / {@code planAsUsual} (on PostgreSQL custom plans and no sequential
 * scans for the look-ups, which are all by indexed keys and must not read a never-analysed
 * table whole; default planning for the inserts); on PostgreSQL the pool sets
 * {@code reWriteBatchedInserts}, so Hibernate's JDBC batches become multi-row inserts.
 */
package org.clinicite.core.db;
