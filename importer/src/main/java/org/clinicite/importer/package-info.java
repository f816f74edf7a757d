/**
 * Importers: one {@link org.clinicite.importer.Importer} per format, each streaming
 * {@link org.clinicite.importer.ParsedRecord}s and {@link org.clinicite.importer.Problem}s
 * into a {@link org.clinicite.importer.RecordSink}; {@link org.clinicite.importer.Importers}
 * detects the format; {@link org.clinicite.importer.ImportService} merges the records
 * into the database in batched transactions, each record whole or not at all (a refused
 * batch is stored again record by record, so a bad record is rejected alone).
 *
 * <p>The write path: {@code ReadAhead} parses on its own thread through a bounded queue;
 * {@code RecordStore} stores one batch with a single flush, looking up stored candidates,
 * journals and provenance fingerprints with one query per kind for the batch and matching
 * within the batch in memory ({@code StudyMatcher}); {@code StudyMerger} merges; new studies
 * go to the batch's {@code NewStudyWriter}: on PostgreSQL, without a write-up in the batch,
 * written after the flush as rows ({@code StudyRows}) with {@code COPY} ({@code RowLoader}),
 * in the same transaction; else (and on H2) persisted through Hibernate. The change log is advanced once per
 * batch. {@link org.clinicite.importer.ImportReport} is bounded:
 * counts, every rejection and the first records in full. docs/architecture.md, "Import",
 * has the steps. {@link org.clinicite.importer.ImportReportJson} gives the report as the
 * JSON that {@code import --json} and {@code POST /api/import} both return.
 *
 * <p>Sub-packages: {@code news} (news write-ups: page cleaning, metadata, study
 * extraction from the text).
 */
package org.clinicite.importer;
