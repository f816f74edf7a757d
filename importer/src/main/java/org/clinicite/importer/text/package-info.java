/**
 * Facts read from free text, shared by the bibliographic importers (titles, abstracts,
 * keywords) and the news extraction.
 * <ul>
 *   <li>{@link org.clinicite.importer.text.AbstractFacts}: vocabulary terms of titles,
 *       abstracts and keywords ({@code enrich}), and the sample size and outcomes an
 *       abstract states ({@code addResults}): only where the record has no structured
 *       value (a registry's enrolment and posted results stay authoritative); sections
 *       labelled as background or aim ("BACKGROUND:", "OBJECTIVE:") are not read.</li>
 *   <li>{@link org.clinicite.importer.text.SampleSizeFinder}: enrolled from "(n = 19)",
 *       "n = 120" (one per sentence: several are group sizes; not when the sentence names
 *       animals, cells or specimens), "120 participants were randomised", "enrolled 90
 *       participants", "a sample of 120 adults", "a total of 3849 patients"; analysed from
 *       the M of "N of M participants". Approximate numbers ("about 60", "a maximum of
 *       73") and years give nothing.</li>
 *   <li>{@link org.clinicite.importer.text.OutcomePatterns}: counts "15 of 19 (79%)
 *       responded", "N out of M participants showed ... (&gt; 30%) ..." with threshold,
 *       description and time point; rate and change comparisons ("response rates were 67%
 *       vs 32%") kept as written; p values. A confidence level ("95% CI") is not a rate;
 *       a count of animals or things is not an outcome.</li>
 *   <li>{@link org.clinicite.importer.text.Sentences}, {@link org.clinicite.importer.text.NumberWords}:
 *       sentence splitting and numbers in digits or words.</li>
 * </ul>
 * Every pattern is compiled once; each is bounded (no nested unbounded repetition), so a
 * long abstract costs time linear in its length. A pattern runs only on a sentence (or
 * clause) that has what it cannot match without, found in one pass over the characters
 * ({@code SentenceSignals}: a number, a people noun, "were" and a participle such as
 * "randomised", "=", a rate; two rates or two "N points" for a comparison), so the
 * finders give what they would give on every sentence, at a fraction of the cost.
 */
package org.clinicite.importer.text;
