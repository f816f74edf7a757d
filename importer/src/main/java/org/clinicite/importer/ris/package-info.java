/**
 * The RIS importer ({@code --format ris}): tagged text as reference managers (EndNote,
 * Zotero, Mendeley), PubMed, Scopus and publishers export it.
 *
 * <h2>Format</h2>
 * One field per line, {@code TAG  - value}: a two-character tag, two spaces, a dash, a
 * space. A record runs from {@code TY  - JOUR} to {@code ER  - }; a line without a tag
 * continues the value above it (joined with a space). A byte-order mark (anywhere on a
 * line), CRLF line ends and blank lines are tolerated. {@link org.clinicite.importer.ris.RisReader}
 * reads line by line and hands over one record at a time, so memory stays flat.
 *
 * <h2>Mapping</h2>
 * <table>
 * <caption>RIS tags and where they go</caption>
 * <tr><th>tag</th><th>model</th><th>notes</th></tr>
 * <tr><td>TY</td><td>publicationType</td><td>Crossref work types: JOUR → journal-article, BOOK → book,
 *     CHAP → book-chapter, CONF → proceedings, CPAPER → proceedings-article, RPRT → report,
 *     THES → dissertation, DATA → dataset, UNPB → posted-content, others → other
 *     ({@link org.clinicite.importer.ris.RisTypes})</td></tr>
 * <tr><td>TI, T1, CT (else BT of a book)</td><td>title</td><td>the first one; the BT of a chapter
 *     is the book's title</td></tr>
 * <tr><td>AU, A1</td><td>authors</td><td>"Last, First" or "First Last"
 *     ({@link org.clinicite.core.model.Authorship#parse})</td></tr>
 * <tr><td>JF; T2 for periodical types (JOUR, MGZN, NEWS ...); JO</td><td>journal title</td>
 *     <td>the first present, in that order</td></tr>
 * <tr><td>JA, J2, J1; else JO when the title came from elsewhere</td><td>journal ISO abbreviation</td>
 *     <td>an abbreviation alone also names the journal</td></tr>
 * <tr><td>SN</td><td>journal ISSN</td><td>the first value that is an ISSN (SN also holds ISBNs)</td></tr>
 * <tr><td>VL, IS</td><td>volume, issue</td><td>as written ("50(2)" stays)</td></tr>
 * <tr><td>SP, EP</td><td>pages</td><td>"SP-EP"; SP alone when it already is a range</td></tr>
 * <tr><td>PY, Y1, DA</td><td>published</td><td>"2019///", "2019/03/23/", "2016/12//", "2015/october";
 *     the first readable, completed by a later one of the same year with more parts; zero parts are unknown</td></tr>
 * <tr><td>DO (else "doi:" in M3/N1, else a doi.org UR)</td><td>DOI</td><td></td></tr>
 * <tr><td>AN when DB/DP is PubMed or MEDLINE; "123[pmid]" in U1-U5/C1-C8; a PubMed UR</td><td>PMID</td><td></td></tr>
 * <tr><td>AN "PMC..."; "PMC...[pmcid]" or a bare "PMC..." in U/C fields; a PMC link</td><td>PMCID</td><td></td></tr>
 * <tr><td>AN or a U/C field that is an NCT number; a ClinicalTrials.gov link (UR, L1-L4, LK)</td>
 *     <td>NCT number</td><td></td></tr>
 * <tr><td>AB (else N2)</td><td>abstract</td><td></td></tr>
 * <tr><td>KW, TI, AB</td><td>substances, conditions</td><td>vocabulary terms found by
 *     {@link org.clinicite.importer.text.AbstractFacts}</td></tr>
 * <tr><td>AB (else N2)</td><td>enrolled, analysed, outcomes</td><td>read from the abstract by
 *     {@link org.clinicite.importer.text.AbstractFacts#addResults} (the record has no
 *     structured ones)</td></tr>
 * <tr><td>ID (else AN)</td><td>record key</td><td></td></tr>
 * </table>
 *
 * <p>Not read, because the model has no place for them: editors and secondary authors
 * (A2-A4, ED: they did not author the study), publisher and place (PB, CY), notes (N1),
 * access dates (Y2), custom fields other than the identifiers above, URLs other than
 * identifier links.
 *
 * <h2>Problems</h2>
 * A record without {@code ER} (before the next {@code TY} or at the end of the file), a
 * record that does not start with {@code TY}, or one with neither a title nor an
 * identifier is rejected at the line where it starts; the next records are read.
 * Consecutive {@code TY} lines make one type (the last), with a warning; an invalid
 * DOI, an unreadable date and a PubMed accession number that is not a PMID are warnings.
 * The status of every record is {@code VERIFIED}.
 *
 * <p>Detection: the first non-blank line is a RIS tag line (or, after at most 12 header
 * lines such as a database's "Provider:" block, a {@code TY} line), a {@code TY} or
 * {@code ER} line follows within the first 8 KB, and no MEDLINE/nbib tag
 * ({@code PMID- }, {@code FAU - }) appears there.
 */
package org.clinicite.importer.ris;
