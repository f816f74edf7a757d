/**
 * ClinicalTrials.gov registry records, {@code --format ctgov}.
 *
 * <h2>Shapes</h2>
 * One user-facing importer, {@link org.clinicite.importer.ctgov.CtgovImporter} (id
 * {@code ctgov}), tells the shape from the content, never the file name:
 * <ul>
 *   <li><b>API v2 JSON</b> ({@code /api/v2/studies/NCT...}, and the page list
 *       {@code {"studies": [...], "nextPageToken": ...}} of {@code /api/v2/studies}; also a
 *       bare array of studies and JSON Lines);</li>
 *   <li><b>API v1 {@code full_studies} JSON</b> (retired 2024):
 *       {@code {"FullStudiesResponse": {..., "FullStudies": [{"Rank": 1, "Study": {"ProtocolSection": ...}}]}}}
 *       — the v2 modules with PascalCase names, each list wrapped in an object
 *       ({@code "ConditionList": {"Condition": [...]}}), numbers as strings;</li>
 *   <li><b>legacy XML</b> ({@code <clinical_study>}, {@code public.xsd}, one study per
 *       file).</li>
 * </ul>
 * JSON is streamed with Jackson's {@code JsonParser}: each element of a study list is
 * read into a tree on its own ({@code readTree} per element), so a page of a thousand
 * studies never sits in memory at once. XML is streamed with StAX
 * ({@link org.clinicite.importer.io.SafeXml}: no DTDs, no external entities); each
 * {@code <clinical_study>} becomes a small element tree. Each shape has an extractor
 * ({@code V2Extractor}, {@code V1Extractor}, {@code XmlExtractor}) into one
 * shape-neutral {@code Trial}; one {@code TrialMapper} turns that into a
 * {@link org.clinicite.core.model.Study}, so all three shapes map alike.
 *
 * <h2>Record, line, fingerprint</h2>
 * The record key is the NCT number (upper-cased); a study without a valid one is
 * rejected, since it cannot be identified, merged or cited. The line is where the study
 * object (or {@code <clinical_study>}) starts. The fingerprint is the SHA-256 of the
 * study's content in canonical form: JSON re-serialised with sorted keys, XML as
 * names, sorted attributes and whitespace-collapsed text; the download stamps that
 * change daily on unchanged records (v2 {@code versionHolder}, v1 {@code VersionHolder},
 * the XML's {@code <required_header>}) are left out.
 *
 * <h2>Mapping</h2>
 * <table>
 * <caption>ClinicalTrials.gov field → clinicite</caption>
 * <tr><th>source (v2 name)</th><th>model</th><th>notes</th></tr>
 * <tr><td>nctId</td><td>nctId</td><td>required</td></tr>
 * <tr><td>officialTitle, else briefTitle</td><td>title</td><td>the official title is the
 *     complete, formal one (design and population included); there is one title field,
 *     so the brief title is used only to find vocabulary terms. (NLM's citation form for
 *     registry records uses the brief title; switching is one line in TrialMapper.)</td></tr>
 * <tr><td>briefSummary, else detailedDescription</td><td>abstractText</td><td>the
 *     detailed description is protocol text (objectives, outline, often pages) and is
 *     not appended</td></tr>
 * <tr><td>studyFirstPostDate, else studyFirstSubmitDate</td><td>published</td><td>the
 *     date the record became public, as precise as given ("2008-10-01", "November 2017");
 *     start and completion dates are not a publication date and are not mapped</td></tr>
 * <tr><td>—</td><td>status VERIFIED, publicationType "registry record"</td><td>no journal;
 *     {@code StudyJson} makes a CSL {@code report} with publisher ClinicalTrials.gov</td></tr>
 * <tr><td>conditions</td><td>CONDITION terms, STUDIED</td><td>each looked up in the
 *     vocabulary; unknown conditions add nothing</td></tr>
 * <tr><td>interventions</td><td>SUBSTANCE terms</td><td>name looked up whole, else
 *     searched for vocabulary terms ("Psilocybin 25 mg", "MDMA-assisted psychotherapy"),
 *     else the same for each other name; names with "placebo" or "sham" name no
 *     substance. Role COMPARATOR when every arm receiving the intervention is a
 *     placebo, active or sham comparator arm, else INTERVENTION.</td></tr>
 * <tr><td>titles, briefSummary, conditions, keywords</td><td>more terms
 *     ({@code AbstractFacts})</td><td>each as its own text; substances only when the
 *     record lists no interventions (the list says what was given; the text also names
 *     what was not); never a second role for a term the structured fields gave</td></tr>
 * <tr><td>briefSummary, else detailedDescription</td><td>enrolled, analysed, outcomes</td><td>read
 *     by {@link org.clinicite.importer.text.AbstractFacts#addResults} only where the record
 *     lacks them: the enrolment and posted results stay authoritative (a sample size from
 *     the text only when neither enrolment nor a number analysed is given; outcomes only
 *     when no outcome has numbers, planned outcomes having none)</td></tr>
 * <tr><td>phases</td><td>phase</td><td>PHASE1+PHASE2 / "Phase 1/Phase 2" → "1/2";
 *     EARLY_PHASE1 → "early-1"; NA → none</td></tr>
 * <tr><td>studyType, allocation, interventionModel, masking</td><td>design</td><td>
 *     interventional: randomized → RCT; non-randomized or single group, open label →
 *     OPEN_LABEL_TRIAL; else OTHER. Observational: cohort → COHORT, case-control →
 *     CASE_CONTROL, else a cross-sectional time perspective → CROSS_SECTIONAL, else
 *     OTHER. Expanded access → OTHER.</td></tr>
 * <tr><td>same, plus observational model, time perspective</td><td>designDetail</td><td>the
 *     values in the source's words: "interventional, randomized, parallel assignment";
 *     a count that is not the actual enrollment is added: "anticipated enrollment 168"</td></tr>
 * <tr><td>masking, whoMasked</td><td>blinding</td><td>"open label" for none, else
 *     "double (participant, investigator)"</td></tr>
 * <tr><td>enrollmentInfo</td><td>enrolled</td><td>only an ACTUAL count: an anticipated
 *     or estimated count is a plan, not a sample size (it goes to designDetail)</td></tr>
 * <tr><td>primary, secondary and other outcomes</td><td>outcomes</td><td>measure =
 *     measure, description = description, timepoint = time frame; no numbers</td></tr>
 * <tr><td>results: outcome measures counting participants ("Count of Participants", or
 *     "Number" in participants)</td><td>outcomes with responders of total</td><td>one per
 *     group and category: responders = the count, total = the group's participants
 *     analysed (the class's own denominator when there is one); measure and
 *     description "title — group" (the group must be in the measure, or two groups with
 *     equal counts would be one outcome to {@code Outcome.sameAs}); threshold = the
 *     class/category counted ("Grade 3"); timepoint = time frame. Counts above their
 *     total are skipped. Means, medians and percentages are not turned into counts.</td></tr>
 * <tr><td>results: participants analysed</td><td>analysed</td><td>the largest number
 *     analysed for a primary outcome (summed over groups), capped at the baseline total
 *     (groups that share participants: crossover periods, time points, PK conditions);
 *     else the baseline total</td></tr>
 * </table>
 *
 * <h2>Not mapped, and why</h2>
 * <ul>
 *   <li>Sponsors, responsible party, overall officials: a registry record has no
 *       authors. A sponsor as a literal author would also stay on the study when a
 *       journal article with the same NCT number is merged later (the merger replaces
 *       only a news stub's authors), misattributing the article.</li>
 *   <li>Participant flow and baseline characteristics as outcomes: they describe who
 *       took part, not results, and write-up claims are checked against outcomes
 *       ({@code ClaimCheck}): "15 of 19 were women" must not confirm "15 of 19 improved".
 *       The baseline's participant count serves only for {@code analysed}.</li>
 *   <li>References (PMIDs of other publications), eligibility criteria, locations,
 *       contacts, adverse events, derived MeSH browse terms, secondary ids.</li>
 *   <li>Over-long texts are cut to the database column (with "…"); ClinicalTrials.gov's
 *       own limits keep real records under them.</li>
 * </ul>
 */
package org.clinicite.importer.ctgov;
