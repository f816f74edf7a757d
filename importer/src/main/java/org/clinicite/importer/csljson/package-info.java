/**
 * The CSL-JSON importer ({@code --format csljson}): citation items as citeproc, Zotero,
 * Manubot, citation.js and clinicite's own export ({@code export --to csljson}) write them.
 *
 * <h2>Reading</h2>
 * An array of items, a single item, or items one after another (one per line). A Jackson
 * {@code JsonParser} walks the top level and builds one item tree at a time, so memory
 * stays flat with the number of items. The line of an item is the line of its
 * opening brace.
 *
 * <h2>Mapping</h2>
 * <table>
 * <caption>CSL variables and where they go</caption>
 * <tr><th>variable</th><th>model</th><th>notes</th></tr>
 * <tr><td>type</td><td>publicationType</td><td>Crossref work types: article-journal → journal-article,
 *     chapter → book-chapter, paper-conference → proceedings-article, thesis → dissertation,
 *     article/manuscript → posted-content, entry-* → reference-entry, others → other
 *     ({@link org.clinicite.importer.csljson.CslTypes})</td></tr>
 * <tr><td>title</td><td>title</td><td>CSL rich-text tags ({@code <i>}, {@code <sup>}) removed</td></tr>
 * <tr><td>author[]</td><td>authors</td><td>family/given; literal whole; non-dropping-particle joins the
 *     family name, dropping-particle and suffix the given name; affiliation[].name
 *     ({@link org.clinicite.importer.csljson.CslNames})</td></tr>
 * <tr><td>container-title, container-title-short, ISSN</td><td>journal title, ISO abbreviation, ISSN</td>
 *     <td>only for periodical types (article-journal, -magazine, -newspaper, review, periodical) or items
 *     without a type: the container of a chapter or a conference paper is not a journal</td></tr>
 * <tr><td>volume, issue, page</td><td>volume, issue, pages</td><td>numbers or strings; page dashes as "-"</td></tr>
 * <tr><td>issued</td><td>published</td><td>date-parts [[2019, 3, 23]] with numbers or numeric strings;
 *     [[]] and [[null]] are no date; parts beyond the day are dropped with a warning; else raw / literal
 *     ({@link org.clinicite.importer.csljson.CslDates})</td></tr>
 * <tr><td>DOI, PMID, PMCID</td><td>identifiers</td><td>PMID / PMCID also from a PubMed / PMC URL</td></tr>
 * <tr><td>URL (ClinicalTrials.gov); number of a report</td><td>NCT number</td><td></td></tr>
 * <tr><td>abstract</td><td>abstract</td><td>JATS tags removed</td></tr>
 * <tr><td>abstract (not of clinicite's own export)</td><td>enrolled, analysed, outcomes</td><td>read from the abstract by
 *     {@link org.clinicite.importer.text.AbstractFacts#addResults} (the record has no
 *     structured ones)</td></tr>
 * <tr><td>keyword, title, abstract</td><td>substances, conditions</td><td>vocabulary terms found by
 *     {@link org.clinicite.importer.text.AbstractFacts}</td></tr>
 * <tr><td>id</td><td>record key</td><td></td></tr>
 * </table>
 *
 * <h2>clinicite's own export</h2>
 * An item with a {@code clinicite} object (the shape of
 * {@link org.clinicite.core.json.StudyJson#full}) is read back whole by
 * {@link org.clinicite.importer.csljson.CliniciteObject}: status (a stub stays a stub),
 * NCT, design, designDetail, phase, blinding, enrolled, analysed, population,
 * publicationType (which then replaces the one of the CSL type, absent or not),
 * substances and conditions (key, name, role, qualifier; only keys the vocabulary has,
 * others are warned about), outcomes with all their fields, and findings. Title and
 * abstract are taken as written, and the vocabulary is not run over the text: the
 * export already lists the study's terms. So exporting a library and importing it into
 * an empty one gives the same studies. Not read: {@code id}, {@code sampleSize}
 * (derived), {@code sources} and {@code writeUps} (local to the library).
 *
 * <h2>Problems</h2>
 * An item with neither a title nor an identifier, or an array element that is not an
 * object, is rejected at its line; malformed JSON is rejected at the line and column of
 * the error (the items before it were delivered; the rest of the file cannot be read).
 * Invalid identifiers, unreadable dates and unknown vocabulary keys are warnings. The
 * status of every record is {@code VERIFIED} unless the clinicite object says otherwise.
 *
 * <p>Detection ({@link org.clinicite.importer.csljson.CslJsonSniffer}): the first item
 * has a CSL type and a CSL field, and none of the shapes that look alike: Crossref's
 * API ({@code message}, titles as arrays, work types such as {@code journal-article}) and
 * ClinicalTrials.gov ({@code protocolSection}, {@code FullStudiesResponse}).
 */
package org.clinicite.importer.csljson;
