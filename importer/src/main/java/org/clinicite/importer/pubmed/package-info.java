/**
 * PubMed citations in their two download formats: {@link org.clinicite.importer.pubmed.PubmedXmlImporter}
 * ({@code --format pubmed}: the XML of efetch and of the annual baseline / daily update
 * files, {@code .xml} or {@code .xml.gz}) and {@link org.clinicite.importer.pubmed.NbibImporter}
 * ({@code --format nbib}: MEDLINE tagged text, PubMed's "Save citation" {@code .nbib}).
 *
 * <h2>How a file is read</h2>
 * Both stream. The XML goes through StAX ({@link org.clinicite.importer.io.SafeXml}: no
 * DTD processing, no external entities, so the {@code <!DOCTYPE PubmedArticleSet PUBLIC ...
 * pubmed_250101.dtd>} line is reported by the parser and never fetched, while {@code &amp;},
 * {@code &lt;} and numeric character references still work). {@code PubmedXmlReader} walks
 * the file; {@code PubmedArticleParser} reads one {@code PubmedArticle} (one small method per
 * element, {@code XmlCursor} as the recursive-descent cursor, which folds an element's
 * whitespace while it reads the character data into one reused buffer, so each value is
 * copied once into its string) and the record is handed on before the next one is read, so
 * memory stays flat on a 1 GB baseline file. MEDLINE text is
 * read line by line by {@code NbibReader}: "TAG - value" fields, six-space continuation
 * lines, records separated by blank lines (or by the next {@code PMID}). Both formats fill one
 * {@code MedlineRecord}, which {@code MedlineStudyMapper} turns into a verified study, so a
 * citation reads the same from either (a test checks it field by field).
 *
 * <h2>Mapping</h2>
 * <table>
 * <caption>source field → study</caption>
 * <tr><th>XML</th><th>MEDLINE text</th><th>study</th></tr>
 * <tr><td>{@code MedlineCitation/PMID} (of two, the latest version)</td><td>{@code PMID}</td>
 *     <td>PMID; also the record key</td></tr>
 * <tr><td>{@code ELocationID[@EIdType=doi]}, then {@code PubmedData/ArticleIdList/ArticleId[@IdType=doi]}</td>
 *     <td>{@code LID}/{@code AID ... [doi]}</td><td>DOI (first valid one)</td></tr>
 * <tr><td>{@code ArticleId[@IdType=pmc]}</td><td>{@code PMC}</td><td>PMCID</td></tr>
 * <tr><td>{@code DataBank[DataBankName=ClinicalTrials.gov]/AccessionNumber}</td>
 *     <td>{@code SI - ClinicalTrials.gov/NCT...}</td><td>NCT number (the first; more are a warning)</td></tr>
 * <tr><td>{@code ArticleTitle} (inline {@code <i>}, {@code <sup>}, MathML flattened to text),
 *     else {@code VernacularTitle}, else a book's {@code BookTitle}</td>
 *     <td>{@code TI} (several joined), else {@code BTI}</td><td>title</td></tr>
 * <tr><td>{@code AbstractText} with {@code Label}</td><td>{@code AB} split at its "LABEL: " headings</td>
 *     <td>abstract, one paragraph per section, "BACKGROUND: ..." ("UNLABELLED" is not printed)</td></tr>
 * <tr><td>{@code Author}: {@code LastName}, {@code ForeName} (else {@code Initials}),
 *     {@code CollectiveName}, first {@code AffiliationInfo/Affiliation}; {@code ValidYN="N"} dropped</td>
 *     <td>{@code FAU} ("Family, Given"; else {@code AU} "Family IN"), {@code CN}, first {@code AD}</td>
 *     <td>authors in order: family / given, or a literal for a group; affiliation</td></tr>
 * <tr><td>{@code Journal/Title}, {@code ISOAbbreviation} (else {@code MedlineTA}),
 *     {@code ISSN} print, else electronic, else {@code ISSNLinking}</td>
 *     <td>{@code JT}, {@code TA}, {@code IS ... (Print)/(Electronic)/(Linking)}</td><td>journal</td></tr>
 * <tr><td>{@code Volume}, {@code Issue}, {@code MedlinePgn} (else {@code StartPage-EndPage})</td>
 *     <td>{@code VI}, {@code IP}, {@code PG}</td><td>volume, issue, pages</td></tr>
 * <tr><td>{@code PubDate} ({@code Year}/{@code Month} "Mar" or "03"/{@code Day}, {@code MedlineDate}
 *     "2019 Mar-Apr" → 2019-03, {@code Season} → year only), else {@code ArticleDate}</td>
 *     <td>{@code DP}, else {@code DEP}</td><td>publication date ({@code MedlineDates}; never a made-up part)</td></tr>
 * <tr><td>{@code PublicationType}</td><td>{@code PT}</td><td>publication type: all of them joined with
 *     "; " ("Journal Article; Review"); design, design detail, phase ({@code StudyDesigns})</td></tr>
 * <tr><td>{@code MeshHeading/DescriptorName}, {@code Chemical/NameOfSubstance},
 *     {@code SupplMeshName[@Type=Disease]}</td><td>{@code MH} (before "/", without "*"), {@code RN} name
 *     in parentheses, {@code NM}</td><td>conditions and substances known to the vocabulary ({@code MeshTerms})</td></tr>
 * <tr><td>title, abstract, {@code Keyword}</td><td>{@code TI}, {@code AB}, {@code OT}</td>
 *     <td>more vocabulary terms ({@link org.clinicite.importer.text.AbstractFacts})</td></tr>
 * </table>
 *
 * <h2>Design</h2>
 * From the publication types, strongest first: Meta-Analysis → meta-analysis; Systematic
 * Review → systematic review; Randomized Controlled Trial → RCT; Case Reports → case report.
 * "Clinical Trial, Phase I..IV" gives the phase ("2"; "1/2" for both I and II). A trial that is
 * not randomised is an open-label trial only when its title or abstract says "open-label"
 * (a title saying so is enough); a plain "Clinical Trial" leaves the design empty, the types
 * stay in the design detail. For other research articles the MeSH study-design headings decide
 * (Case-Control Studies, Cross-Sectional Studies, Cohort / Prospective / Longitudinal Studies),
 * and a bare "Observational Study" is a cohort. Reviews, editorials, comments and letters get
 * no design from their words. Blinding comes from MeSH "Double-Blind Method" /
 * "Single-Blind Method", or is "open-label" for an open-label trial.
 *
 * <h2>Vocabulary terms</h2>
 * A MeSH heading is looked up by name ({@link org.clinicite.core.vocab.Vocabulary#lookup}) as
 * written, inverted at its commas ("Stress Disorders, Post-Traumatic" → "Post-Traumatic Stress
 * Disorders") and with its last word singular or plural; failing that, by its MeSH id when the
 * vocabulary records one (XML only: MEDLINE text has no ids). Class terms ("Hallucinogens")
 * are not linked, as in the free-text matching. Substances are interventions, conditions are
 * studied, as {@code AbstractFacts} has them, so the two sources never duplicate a term.
 *
 * <h2>What is reported, what is ignored</h2>
 * Rejected (nothing stored): a record with no title and no PMID, DOI or PMCID; malformed XML
 * (one rejection with line and column; the records before it stay delivered), including an
 * entity that only a DTD could declare (billion laughs, XXE: never expanded, never fetched);
 * another XML root; a text file without any MEDLINE field. Warnings: an invalid identifier, a
 * second registry number or DOI, a date not understood, a value longer than its database
 * column, a record without a title, a line that is neither a field nor a continuation, a
 * book record ({@code PubmedBookArticle}: imported as a study without a journal — chapter or
 * book title, authors, date, abstract, types — its publisher and ISBN not stored), and an
 * update file's {@code DeleteCitation} (never applied: an import does not delete studies).
 * Not read: history dates, grants, comments and corrections, reference lists (their ids name
 * cited papers), other registries than ClinicalTrials.gov, MeSH qualifiers, author suffixes
 * and ORCIDs, languages, copyright lines. Sample sizes and outcomes are read from the
 * abstract ({@link org.clinicite.importer.text.AbstractFacts#addResults}), by the same
 * finders as the news extraction.
 *
 * <h2>Identity of a record</h2>
 * The fingerprint is the SHA-256 of everything the importer read from the record, in a
 * fixed order ({@code MedlineRecord.canonical()}), prefixed with the format. The canonical
 * text is written straight into the digest ({@code CanonicalDigest}: UTF-8 into a reused
 * buffer, a lone surrogate as '?' like {@code String.getBytes}), never built as a string;
 * the hash is the same as before that change, so records imported earlier are still
 * recognised ({@code FingerprintStabilityTest} pins fingerprints of real records). Re-indenting or
 * gzipping a file changes nothing, and neither does a record re-issued with only fields the
 * importer skips changed (revision dates, history, references), as the yearly baseline does;
 * a changed title, author or heading is a new source of the same study.
 */
package org.clinicite.importer.pubmed;
