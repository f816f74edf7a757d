/**
 * Importers: one {@link org.clinicite.importer.Importer} per format, each streaming
 * {@link org.clinicite.importer.ParsedRecord}s and {@link org.clinicite.importer.Problem}s
 * into a {@link org.clinicite.importer.RecordSink}; {@link org.clinicite.importer.Importers}
 * detects the format; {@link org.clinicite.importer.ImportService} merges each record
 * into the database in its own transaction (whole or not at all);
 * {@link org.clinicite.importer.ImportReportJson} gives its report as the JSON that
 * {@code import --json} and {@code POST /api/import} both return.
 *
 * <p>Sub-packages: {@code news} (news write-ups: page cleaning, metadata, study
 * extraction from the text).
 */
package org.clinicite.importer;
