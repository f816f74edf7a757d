/**
 * The BibTeX importer ({@code --format bibtex}): BibTeX and biblatex {@code .bib} files.
 *
 * <h2>Reading</h2>
 * jbibtex parses whole files into memory, and one syntax error stops it. So
 * {@link org.clinicite.importer.bibtex.BibtexScanner} first cuts the file, line by line,
 * into top-level {@code @type{...}} entries (counting braces; {@code @type(...)} works
 * too), and {@link org.clinicite.importer.bibtex.BibtexEntryParser} gives each entry to
 * jbibtex on its own, with the {@code @string} macros defined before it (jbibtex knows
 * {@code jan} ... {@code dec}). One bad entry is rejected with its line; the others are
 * read. {@code @comment} and {@code @preamble} are skipped; text outside entries is a
 * comment, as in BibTeX. {@link org.clinicite.importer.bibtex.LatexText} turns field
 * values into plain Unicode (accents, {@code {\o}}, dashes, {@code ~}, case-protecting
 * braces) with jbibtex's {@code LaTeXParser}/{@code LaTeXPrinter}.
 *
 * <h2>Mapping</h2>
 * <table>
 * <caption>BibTeX fields and where they go</caption>
 * <tr><th>field</th><th>model</th><th>notes</th></tr>
 * <tr><td>entry type</td><td>publicationType</td><td>Crossref work types: article → journal-article,
 *     book → book, incollection/inbook → book-chapter, inproceedings → proceedings-article,
 *     techreport/report/manual → report, phdthesis/mastersthesis/thesis → dissertation,
 *     unpublished → posted-content, misc/online/patent ... → other
 *     ({@link org.clinicite.importer.bibtex.BibtexTypes})</td></tr>
 * <tr><td>title (+ biblatex subtitle)</td><td>title</td><td>"Title: Subtitle"</td></tr>
 * <tr><td>author</td><td>authors</td><td>"Last, First and ...", "First von Last", "von Last, Jr, First";
 *     "{Collective Name}" is a literal; "and others" dropped
 *     ({@link org.clinicite.importer.bibtex.BibtexNames})</td></tr>
 * <tr><td>journal / journaltitle; shortjournal; issn</td><td>journal title, ISO abbreviation, ISSN</td><td></td></tr>
 * <tr><td>volume</td><td>volume</td><td></td></tr>
 * <tr><td>number (else issue)</td><td>issue</td><td>for articles (an entry with a journal); elsewhere
 *     "number" is a series or report number</td></tr>
 * <tr><td>pages</td><td>pages</td><td>"199--208" → "199-208"</td></tr>
 * <tr><td>date; else year + month + day</td><td>published</td><td>biblatex "2019-03-23" (a range gives its
 *     start); month "jan", "3", "July 30th", "2 sep" ({@link org.clinicite.importer.bibtex.BibtexDates})</td></tr>
 * <tr><td>doi; else a doi.org url</td><td>DOI</td><td></td></tr>
 * <tr><td>pmid; eprint with eprinttype pubmed; a PubMed url</td><td>PMID</td><td></td></tr>
 * <tr><td>pmcid; eprint with eprinttype pmc; a PMC url</td><td>PMCID</td><td></td></tr>
 * <tr><td>eprint with eprinttype clinicaltrials; a ClinicalTrials.gov url; the number of a report</td>
 *     <td>NCT number</td><td></td></tr>
 * <tr><td>abstract</td><td>abstract</td><td></td></tr>
 * <tr><td>abstract</td><td>enrolled, analysed, outcomes</td><td>read from the abstract by
 *     {@link org.clinicite.importer.text.AbstractFacts#addResults} (the record has no
 *     structured ones)</td></tr>
 * <tr><td>keywords, title, abstract</td><td>substances, conditions</td><td>vocabulary terms found by
 *     {@link org.clinicite.importer.text.AbstractFacts}</td></tr>
 * <tr><td>citation key</td><td>record key</td><td>none when empty ("@article{,")</td></tr>
 * </table>
 *
 * <p>Not read: editors (they did not author the study), booktitle, series, publisher,
 * address, note, url (beyond the identifier links above), file and crossref (entries are
 * read one at a time, so a crossref is not followed).
 *
 * <h2>Problems</h2>
 * An entry that jbibtex cannot parse (the reason gives the line and column of the error),
 * an entry not closed before the next line starting with <code>@type&#123;</code> or the end of the
 * file, and an entry with neither a title nor an identifier are rejected at the line of
 * their {@code @}. Undefined macros, unreadable dates and invalid identifiers are
 * warnings. The status of every record is {@code VERIFIED}.
 *
 * <p>Detection: the first line that is not blank and not a {@code %} comment starts
 * with <code>@word&#123;</code> or <code>@word(</code>.
 */
package org.clinicite.importer.bibtex;
