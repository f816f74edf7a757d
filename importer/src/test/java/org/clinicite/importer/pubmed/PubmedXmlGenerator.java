package org.clinicite.importer.pubmed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic PubMed baseline XML of any size from a seed: the DOCTYPE of the 2025
 * files, tab-indented records with history, authors and affiliations, structured and plain
 * abstracts with inline markup and character references, MedlineDate ranges, registry
 * numbers, chemicals, MeSH headings (some the vocabulary knows), keywords and reference
 * lists (which make up much of a real baseline file's size). The same seed gives the same
 * bytes. Published in the importer's test-jar for the import benchmark (bench/); for the
 * streaming check:
 * {@code java -cp ... org.clinicite.importer.pubmed.PubmedXmlGenerator OUT.xml[.gz] MEGABYTES [SEED]}.
 */
public final class PubmedXmlGenerator {
    private static final String DOCTYPE = "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January "
            + "2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">";
    private static final String[] WORDS = ("effect efficacy safety patients randomized trial psilocybin MDMA ketamine "
            + "depression anxiety outcomes cohort adults symptoms therapy treatment placebo controlled study clinical "
            + "assisted psychotherapy analysis follow-up months baseline significant reduction improvement severe "
            + "chronic disorder post-traumatic stress veterans response remission scores scale measured primary "
            + "secondary participants women men older younger community hospital associated risk factors").split(" ");
    private static final String[][] JOURNALS = {
        {"Journal of psychopharmacology (Oxford, England)", "J Psychopharmacol", "0269-8811", "Print"},
        {"The New England journal of medicine", "N Engl J Med", "1533-4406", "Electronic"},
        {"JAMA psychiatry", "JAMA Psychiatry", "2168-6238", "Electronic"},
        {"Journal of psychoactive drugs", "J Psychoactive Drugs", "0279-1072", "Print"},
        {"Frontiers in psychiatry", "Front Psychiatry", "1664-0640", "Print"},
    };
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[][] TYPES = {
        {"D016428", "Journal Article"}, {"D016449", "Randomized Controlled Trial"}, {"D017427", "Clinical Trial, Phase II"},
        {"D016454", "Review"}, {"D017418", "Meta-Analysis"}, {"D064888", "Observational Study"},
        {"D013485", "Research Support, Non-U.S. Gov't"}, {"D002363", "Case Reports"},
    };
    private static final String[][] MESH = {
        {"D006801", "Humans"}, {"D008297", "Male"}, {"D005260", "Female"}, {"D000328", "Adult"},
        {"D008875", "Middle Aged"}, {"D013313", "Stress Disorders, Post-Traumatic"}, {"D011562", "Psilocybin"},
        {"D018817", "N-Methyl-3,4-methylenedioxyamphetamine"}, {"D007649", "Ketamine"},
        {"D061218", "Depressive Disorder, Treatment-Resistant"}, {"D004311", "Double-Blind Method"},
        {"D016896", "Treatment Outcome"}, {"D011613", "Psychotherapy"}, {"D001249", "Asthma"},
        {"D015331", "Cohort Studies"}, {"D006213", "Hallucinogens"},
    };
    private static final List<String> LABELS = List.of("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
    private static final String[] FAMILIES = {"Barone", "O'Byrne", "Müller", "García-López", "Nguyen", "Smith", "Kim",
        "van der Berg", "Rossi", "Okafor"};
    private static final String[] GIVEN = {"William", "Paul M", "Jörg", "Ana", "Thi Huong", "Jane", "Min-Jun", "Pieter",
        "Giulia", "Chiamaka"};

    private final Random random;
    private int pmid;

    public PubmedXmlGenerator(long seed) {
        this.random = new Random(seed);
        this.pmid = 30_000_000 + random.nextInt(1_000_000);
    }

    /** Writes a file of about {@code bytes} bytes (gzipped when the name ends in .gz); returns the record count. */
    public int writeFile(Path file, long bytes) throws IOException {
        int[] n = {0};
        write(file, out -> {
            while (out.count < bytes) {
                article(out);
                n[0]++;
            }
        });
        return n[0];
    }

    /**
     * Writes {@code records} articles (gzipped when the name ends in .gz); returns the characters
     * written, uncompressed (the file is nearly all ASCII: close to its bytes). The benchmark's form.
     */
    public long writeRecords(Path file, int records) throws IOException {
        return write(file, out -> {
            for (int i = 0; i < records; i++) {
                article(out);
            }
        });
    }

    private long write(Path file, Articles articles) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream os = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                CountingWriter out = new CountingWriter(new BufferedWriter(new OutputStreamWriter(os,
                        StandardCharsets.UTF_8), 1 << 16))) {
            header(out);
            articles.write(out);
            footer(out);
            return out.count;
        }
    }

    @FunctionalInterface
    private interface Articles {
        void write(CountingWriter out) throws IOException;
    }

    /** Writes a whole set of {@code records} articles. */
    public void write(Writer out, int records) throws IOException {
        header(out);
        for (int i = 0; i < records; i++) {
            article(out);
        }
        footer(out);
    }

    private static void header(Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" ?>\n" + DOCTYPE + "\n<PubmedArticleSet>\n");
    }

    private static void footer(Writer out) throws IOException {
        out.write("</PubmedArticleSet>\n");
    }

    private void article(Writer w) throws IOException {
        int id = pmid++;
        String[] journal = JOURNALS[random.nextInt(JOURNALS.length)];
        int year = 1990 + random.nextInt(35);
        StringBuilder b = new StringBuilder(8192);
        b.append("<PubmedArticle>\n\t<MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\">\n");
        b.append("\t\t<PMID Version=\"1\">").append(id).append("</PMID>\n");
        date(b, "DateRevised", year + 2, 1 + random.nextInt(12), 1 + random.nextInt(28));
        b.append("\t\t<Article PubModel=\"Print-Electronic\">\n\t\t\t<Journal>\n");
        b.append("\t\t\t\t<ISSN IssnType=\"").append(journal[3]).append("\">").append(journal[2]).append("</ISSN>\n");
        b.append("\t\t\t\t<JournalIssue CitedMedium=\"Internet\">\n\t\t\t\t\t<Volume>").append(1 + random.nextInt(400))
                .append("</Volume>\n\t\t\t\t\t<Issue>").append(1 + random.nextInt(12)).append("</Issue>\n");
        pubDate(b, year);
        b.append("\t\t\t\t</JournalIssue>\n\t\t\t\t<Title>").append(journal[0]).append("</Title>\n\t\t\t\t<ISOAbbreviation>")
                .append(journal[1]).append("</ISOAbbreviation>\n\t\t\t</Journal>\n");
        b.append("\t\t\t<ArticleTitle>").append(sentence(8 + random.nextInt(10), true)).append("</ArticleTitle>\n");
        int first = 1 + random.nextInt(2000);
        b.append("\t\t\t<Pagination>\n\t\t\t\t<StartPage>").append(first).append("</StartPage>\n\t\t\t\t<EndPage>")
                .append(first + random.nextInt(20)).append("</EndPage>\n\t\t\t\t<MedlinePgn>").append(first).append('-')
                .append(first + random.nextInt(20)).append("</MedlinePgn>\n\t\t\t</Pagination>\n");
        b.append("\t\t\t<ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.5555/gen.").append(id).append("</ELocationID>\n");
        abstractText(b);
        authors(b);
        b.append("\t\t\t<Language>eng</Language>\n");
        if (random.nextInt(10) == 0) {
            b.append("\t\t\t<DataBankList CompleteYN=\"Y\">\n\t\t\t\t<DataBank>\n\t\t\t\t\t<DataBankName>ClinicalTrials.gov"
                    + "</DataBankName>\n\t\t\t\t\t<AccessionNumberList>\n\t\t\t\t\t\t<AccessionNumber>NCT")
                    .append(String.format("%08d", random.nextInt(100_000_000)))
                    .append("</AccessionNumber>\n\t\t\t\t\t</AccessionNumberList>\n\t\t\t\t</DataBank>\n\t\t\t</DataBankList>\n");
        }
        publicationTypes(b);
        b.append("\t\t</Article>\n\t\t<MedlineJournalInfo>\n\t\t\t<Country>United States</Country>\n\t\t\t<MedlineTA>")
                .append(journal[1]).append("</MedlineTA>\n\t\t\t<ISSNLinking>").append(journal[2])
                .append("</ISSNLinking>\n\t\t</MedlineJournalInfo>\n");
        meshHeadings(b);
        b.append("\t</MedlineCitation>\n\t<PubmedData>\n\t\t<History>\n");
        for (String status : new String[] {"received", "accepted", "entrez", "pubmed", "medline"}) {
            b.append("\t\t\t<PubMedPubDate PubStatus=\"").append(status).append("\"><Year>").append(year)
                    .append("</Year><Month>").append(1 + random.nextInt(12)).append("</Month><Day>")
                    .append(1 + random.nextInt(28)).append("</Day></PubMedPubDate>\n");
        }
        b.append("\t\t</History>\n\t\t<PublicationStatus>ppublish</PublicationStatus>\n\t\t<ArticleIdList>\n")
                .append("\t\t\t<ArticleId IdType=\"pubmed\">").append(id).append("</ArticleId>\n")
                .append("\t\t\t<ArticleId IdType=\"doi\">10.5555/gen.").append(id).append("</ArticleId>\n")
                .append("\t\t</ArticleIdList>\n");
        references(b);
        b.append("\t</PubmedData>\n</PubmedArticle>\n");
        w.write(b.toString());
    }

    private void pubDate(StringBuilder b, int year) {
        b.append("\t\t\t\t\t<PubDate>\n");
        int kind = random.nextInt(10);
        if (kind == 0) {
            int m = random.nextInt(11);
            b.append("\t\t\t\t\t\t<MedlineDate>").append(year).append(' ').append(MONTHS[m]).append('-')
                    .append(MONTHS[m + 1]).append("</MedlineDate>\n");
        } else {
            b.append("\t\t\t\t\t\t<Year>").append(year).append("</Year>\n\t\t\t\t\t\t<Month>")
                    .append(kind < 5 ? MONTHS[random.nextInt(12)] : String.format("%02d", 1 + random.nextInt(12)))
                    .append("</Month>\n");
            if (kind > 6) {
                b.append("\t\t\t\t\t\t<Day>").append(1 + random.nextInt(28)).append("</Day>\n");
            }
        }
        b.append("\t\t\t\t\t</PubDate>\n");
    }

    private static void date(StringBuilder b, String name, int year, int month, int day) {
        b.append("\t\t<").append(name).append(">\n\t\t\t<Year>").append(year).append("</Year>\n\t\t\t<Month>")
                .append(String.format("%02d", month)).append("</Month>\n\t\t\t<Day>").append(String.format("%02d", day))
                .append("</Day>\n\t\t</").append(name).append(">\n");
    }

    private void abstractText(StringBuilder b) {
        b.append("\t\t\t<Abstract>\n");
        if (random.nextBoolean()) {
            for (String label : LABELS) {
                b.append("\t\t\t\t<AbstractText Label=\"").append(label).append("\" NlmCategory=\"").append(label)
                        .append("\">").append(paragraph(2 + random.nextInt(3))).append("</AbstractText>\n");
            }
        } else {
            b.append("\t\t\t\t<AbstractText>").append(paragraph(5 + random.nextInt(6))).append("</AbstractText>\n");
        }
        b.append("\t\t\t\t<CopyrightInformation>&#xa9; ").append(2000 + random.nextInt(25))
                .append(" The Authors.</CopyrightInformation>\n\t\t\t</Abstract>\n");
    }

    private void authors(StringBuilder b) {
        b.append("\t\t\t<AuthorList CompleteYN=\"Y\">\n");
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(FAMILIES.length);
            b.append("\t\t\t\t<Author ValidYN=\"Y\">\n\t\t\t\t\t<LastName>").append(escape(FAMILIES[k]))
                    .append("</LastName>\n\t\t\t\t\t<ForeName>").append(GIVEN[k]).append("</ForeName>\n\t\t\t\t\t<Initials>")
                    .append(GIVEN[k].charAt(0)).append("</Initials>\n\t\t\t\t\t<AffiliationInfo>\n\t\t\t\t\t\t<Affiliation>")
                    .append("Department of Psychiatry, University Hospital ").append(1 + random.nextInt(90))
                    .append(", Z&#xfc;rich &amp; Basel.</Affiliation>\n\t\t\t\t\t</AffiliationInfo>\n\t\t\t\t</Author>\n");
        }
        if (random.nextInt(8) == 0) {
            b.append("\t\t\t\t<Author ValidYN=\"Y\">\n\t\t\t\t\t<CollectiveName>Generated Trials Group</CollectiveName>\n"
                    + "\t\t\t\t</Author>\n");
        }
        b.append("\t\t\t</AuthorList>\n");
    }

    private void publicationTypes(StringBuilder b) {
        b.append("\t\t\t<PublicationTypeList>\n");
        int extra = random.nextInt(TYPES.length - 1);
        for (int i : new int[] {0, 1 + extra}) {
            b.append("\t\t\t\t<PublicationType UI=\"").append(TYPES[i][0]).append("\">").append(TYPES[i][1])
                    .append("</PublicationType>\n");
        }
        b.append("\t\t\t</PublicationTypeList>\n\t\t\t<ArticleDate DateType=\"Electronic\">\n\t\t\t\t<Year>2020</Year>\n"
                + "\t\t\t\t<Month>03</Month>\n\t\t\t\t<Day>08</Day>\n\t\t\t</ArticleDate>\n");
    }

    private void meshHeadings(StringBuilder b) {
        b.append("\t\t<ChemicalList>\n\t\t\t<Chemical>\n\t\t\t\t<RegistryNumber>0</RegistryNumber>\n\t\t\t\t<NameOfSubstance "
                + "UI=\"D006213\">Hallucinogens</NameOfSubstance>\n\t\t\t</Chemical>\n\t\t</ChemicalList>\n");
        b.append("\t\t<MeshHeadingList>\n");
        int n = 3 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            String[] h = MESH[random.nextInt(MESH.length)];
            b.append("\t\t\t<MeshHeading>\n\t\t\t\t<DescriptorName UI=\"").append(h[0]).append("\" MajorTopicYN=\"N\">")
                    .append(h[1]).append("</DescriptorName>\n\t\t\t\t<QualifierName UI=\"Q000188\" MajorTopicYN=\"Y\">"
                            + "drug therapy</QualifierName>\n\t\t\t</MeshHeading>\n");
        }
        b.append("\t\t</MeshHeadingList>\n\t\t<KeywordList Owner=\"NOTNLM\">\n\t\t\t<Keyword MajorTopicYN=\"N\">")
                .append(WORDS[random.nextInt(WORDS.length)]).append("</Keyword>\n\t\t</KeywordList>\n");
    }

    private void references(StringBuilder b) {
        int n = random.nextInt(40);
        if (n == 0) {
            return;
        }
        b.append("\t\t<ReferenceList>\n");
        for (int i = 0; i < n; i++) {
            int cited = 1_000_000 + random.nextInt(30_000_000);
            b.append("\t\t\t<Reference>\n\t\t\t\t<Citation>").append(sentence(6, false)).append(". J Test. ")
                    .append(1990 + random.nextInt(30)).append(";").append(random.nextInt(100)).append(":1-9.</Citation>\n")
                    .append("\t\t\t\t<ArticleIdList>\n\t\t\t\t\t<ArticleId IdType=\"doi\">10.5555/cited.").append(cited)
                    .append("</ArticleId>\n\t\t\t\t\t<ArticleId IdType=\"pubmed\">").append(cited)
                    .append("</ArticleId>\n\t\t\t\t</ArticleIdList>\n\t\t\t</Reference>\n");
        }
        b.append("\t\t</ReferenceList>\n");
    }

    private String paragraph(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence(10 + random.nextInt(15), false)).append('.');
            if (random.nextInt(4) == 0) {
                p.append(" In total ").append(10 + random.nextInt(500)).append(" participants (p &lt; 0.0")
                        .append(1 + random.nextInt(5)).append("; I<sup>2</sup> = ").append(random.nextInt(90))
                        .append("%; &#946; = 0.").append(random.nextInt(10)).append(") were analysed.");
            }
        }
        return p.toString();
    }

    private String sentence(int words, boolean markup) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            s.append(i == 0 ? "" : " ").append(markup && random.nextInt(12) == 0 ? "<i>" + w + "</i>" : w);
        }
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("'", "&apos;");
    }

    /** Counts the characters written (close enough to bytes for sizing a file). */
    private static final class CountingWriter extends Writer {
        private final Writer out;
        private long count;

        CountingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            out.write(cbuf, off, len);
            count += len;
        }

        @Override
        public void write(String s) throws IOException {
            out.write(s);
            count += s.length();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** {@code OUT MEGABYTES [SEED]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: PubmedXmlGenerator OUT.xml[.gz] MEGABYTES [SEED]");
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        new PubmedXmlGenerator(seed).writeFile(Path.of(args[0]), Long.parseLong(args[1]) * 1024 * 1024);
    }
}
