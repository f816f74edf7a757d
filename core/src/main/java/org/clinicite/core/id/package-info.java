/**
 * Identifiers of studies as value objects: {@link org.clinicite.core.id.Doi},
 * {@link org.clinicite.core.id.Pmid}, {@link org.clinicite.core.id.Pmcid} and
 * {@link org.clinicite.core.id.NctId}. Each validates and normalises in its constructor
 * (so two spellings of one DOI are equal), offers {@code parse} returning
 * {@code Optional} for untrusted input, and is stored through a JPA converter in
 * {@link org.clinicite.core.id.IdentifierConverters}. Merging of studies relies on the
 * normalised form.
 */
package org.clinicite.core.id;
