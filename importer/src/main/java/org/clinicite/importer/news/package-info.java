/**
 * News write-ups: from a page a reader saved (its text as a browser copies it, or its
 * HTML) to one {@link org.clinicite.importer.ParsedRecord}: the
 * {@link org.clinicite.core.model.WriteUp} with the numbers it states, and the
 * {@link org.clinicite.core.model.Study} it reports, as a
 * {@link org.clinicite.core.model.StudyStatus#STUB}.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li><b>Sniff and load.</b> {@code FormatSniffer} looks at the first 8 KB: empty, binary,
 *       XML, HTML, JSON, RIS, MEDLINE, EndNote, BibTeX or plain text; other formats are
 *       rejected with their name. {@code PageTextLoader} decodes strict UTF-8 (undecodable
 *       bytes and NULs are a rejection, not an exception).</li>
 *   <li><b>Read the page</b> into a {@link org.clinicite.importer.news.NewsArticle}.
 *       {@link org.clinicite.importer.news.PlainTextPageReader} for copied text: the header
 *       ends where the prose starts; in it a byline line ("by NAME", "Written by NAME",
 *       "NAME | Reuters", also inside "Posted on DATE | by NAME"), a date line
 *       ("March 23, 2020", "23 March 2020", "Mar. 23, 2020", "2020-03-23"), the headline
 *       (the title-like line just above them), categories ("in MDMA, Psychedelic Drugs",
 *       "Filed under:", "Tags:") and the outlet ({@code OutletFinder}: wire dateline,
 *       byline outlet, copyright line, site name repeated in the header, "Source:");
 *       the body ({@code BodyCollector}) is the prose paragraphs up to an end marker
 *       ("RELATED", "Read more", "Reporting by", "©" …) or until the prose stops,
 *       without captions, photo credits, share buttons, adverts and syndication notices.
 *       {@link org.clinicite.importer.news.HtmlPageReader} for HTML: schema.org JSON-LD,
 *       then Open Graph / article meta tags, then the page; body from the article element
 *       with nav, aside, footer, figure and script removed.</li>
 *   <li><b>Extract the study</b> ({@link org.clinicite.importer.news.StudyExtractor}).
 *       Sentences about earlier or other research are set aside; each field has its own
 *       small reader of the patterns write-ups use:
 *       <ul>
 *         <li>{@code TitleFinder}: "The study, “…”, was authored by …", "The paper, titled …, was
 *             published …", "“…” was published in …";</li>
 *         <li>{@code AuthorListParser}: "was authored by A, B, C, and D", "The authors were …",
 *             else the lead author of "Researchers led by NAME at …";</li>
 *         <li>{@code JournalFinder}: "published in the Journal of …", "published in JAMA
 *             Psychiatry", "in the journal Nature Medicine", "in the New England Journal of
 *             Medicine";</li>
 *         <li>{@code DesignDetector}: meta-analysis, systematic review, qualitative follow-up,
 *             "randomized, double-blind, placebo-controlled trial", "open-label", cohort,
 *             case-control, cross-sectional, case report, survey; "phase 3"; blinding;</li>
 *         <li>{@link org.clinicite.importer.text.SampleSizeFinder} (shared with the
 *             abstracts of bibliographic records): enrolled from "(n = 19)", "a sample of 120 adults",
 *             "120 participants were randomized", "enrolled 90 participants", "survey of
 *             2,000 people"; analysed from the M of "N of M participants";</li>
 *         <li>{@code PopulationFinder}: population nouns as written ("veterans, police
 *             officers, and firefighters", "adults with treatment-resistant depression");</li>
 *         <li>{@code TermFinder}: substances and conditions through
 *             {@link org.clinicite.core.vocab.Vocabulary#find}, with roles (a substance after
 *             "versus" / "compared with" is the comparator) and qualifiers
 *             ("treatment-resistant");</li>
 *         <li>{@link org.clinicite.importer.text.OutcomePatterns} (shared likewise): "N of M participants showed … (&gt; 30%) reduction …",
 *             "N out of M", number words, time points ("One year after" gives "12 months");
 *             rate and change comparisons ("67% vs 32%") kept as written; p values;</li>
 *         <li>{@code FindingsFinder}: listed findings ("improvements reported were A, B, and C").</li>
 *       </ul></li>
 *   <li><b>Deliver</b> ({@code NewsRecords}): a page with no headline, byline or date and no
 *       study, or a news article that describes no study, is rejected with the reason;
 *       otherwise one record is accepted whole, with warnings for a missing outlet, date or
 *       byline.</li>
 * </ol>
 *
 * <h2>Never invent</h2>
 * Only what the text states is set. No year, volume, pages or DOI is guessed for the
 * study (the article's date is not the study's); approximate numbers ("more than 2,000")
 * give no sample size; percentages give no counts (an outcome "67% vs 32%" has null
 * responders and total, and only counts "N of M" become
 * {@link org.clinicite.core.model.Claim}s); a design is set only when the text names one
 * ("a phase 3 trial" gives a phase, not a design). A later PubMed or registry record
 * completes the stub.
 *
 * <p>Both importers take the {@link org.clinicite.core.vocab.Vocabulary} in their
 * constructor and are stateless and thread-safe.
 */
package org.clinicite.importer.news;
