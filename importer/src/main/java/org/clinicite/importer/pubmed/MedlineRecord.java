package org.clinicite.importer.pubmed;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.model.TermKind;

/**
 * One PubMed citation as read from either format (XML or MEDLINE text), in the source's
 * own terms and not yet checked: both parsers fill it, {@link MedlineStudyMapper} turns it
 * into a study. Mutable and short-lived: one per record.
 */
final class MedlineRecord {
    /** A section of a structured abstract; {@code label} null for an unlabelled one. */
    record Section(String label, String text) {
    }

    /** An author: family and given names, or a literal (group) name; the first affiliation. */
    record Author(String family, String given, String literal, String affiliation) {
    }

    /** A MeSH heading, chemical or supplementary concept, with its MeSH id when the source gives one. */
    record Heading(String name, String meshId, TermKind kind) {
    }

    /** Where the record starts in its file (1-based). */
    int line;
    /** The record is a PubMed book record (NCBI Bookshelf), not a journal article. */
    boolean book;

    String pmid;
    /** DOI candidates, in order of preference (ELocationID / LID before ArticleId / AID). */
    final List<String> dois = new ArrayList<>();
    String pmcid;

    String title;
    final List<Section> abstractSections = new ArrayList<>();
    final List<Author> authors = new ArrayList<>();

    String journalTitle;
    String isoAbbreviation;
    String printIssn;
    String electronicIssn;
    String linkingIssn;
    String volume;
    String issue;
    String pages;

    /** The publication date as the source writes it, e.g. "2019 Mar-Apr" or "2018 05 17". */
    String publicationDate;
    /** The electronic publication date, used when the publication date gives no year. */
    String electronicDate;

    final List<String> publicationTypes = new ArrayList<>();
    /** MeSH descriptors (kind null: a descriptor may name a condition or a substance). */
    final List<Heading> meshHeadings = new ArrayList<>();
    /** Chemicals and supplementary concepts. */
    final List<Heading> substances = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    /** ClinicalTrials.gov numbers from the record's data bank / secondary source ids. */
    final List<String> registryNumbers = new ArrayList<>();

    /** Doubts found while reading, reported as warnings at the record's line. */
    final List<String> warnings = new ArrayList<>();

    /**
     * Everything read from the record, in a fixed order and independent of the file's layout:
     * what its fingerprint is computed from. Fields the importers skip (history, references,
     * revision dates) are not in it, so a record re-issued with only those changed is the
     * same record.
     */
    String canonical() {
        StringBuilder b = new StringBuilder(2048);
        writeCanonical(new Out() {
            @Override
            public void put(char c) {
                b.append(c);
            }

            @Override
            public void put(String s) {
                b.append(s);
            }
        });
        return b.toString();
    }

    /**
     * The record's fingerprint: the hex SHA-256 of {@code format + "\n" + canonical()} in
     * UTF-8, the canonical form written straight into the digest (no string of it is built).
     */
    String fingerprint(String format, CanonicalDigest digest) {
        digest.append(format).append('\n');
        writeCanonical(new Out() {
            @Override
            public void put(char c) {
                digest.append(c);
            }

            @Override
            public void put(String s) {
                digest.append(s);
            }
        });
        return digest.hex();
    }

    /** Where the canonical form goes: a string or a digest. */
    private interface Out {
        void put(char c);

        void put(String s);
    }

    private void writeCanonical(Out o) {
        o.put("v1");
        add(o, "book", String.valueOf(book), pmid, pmcid, title, journalTitle, isoAbbreviation, printIssn,
                electronicIssn, linkingIssn, volume, issue, pages, publicationDate, electronicDate);
        add(o, "doi", dois);
        for (Section x : abstractSections) {
            add(o, "section", x.label(), x.text());
        }
        for (Author a : authors) {
            add(o, "author", a.family(), a.given(), a.literal(), a.affiliation());
        }
        add(o, "type", publicationTypes);
        for (Heading h : meshHeadings) {
            add(o, "mesh", h.name(), h.meshId());
        }
        for (Heading h : substances) {
            add(o, "substance", h.name(), h.meshId(), String.valueOf(h.kind()));
        }
        add(o, "keyword", keywords);
        add(o, "registry", registryNumbers);
    }

    /** One line: the name and the values, each escaped so no value can pass for a separator. */
    private static void add(Out o, String name, String... values) {
        o.put('\n');
        o.put(name);
        for (String v : values) {
            value(o, v);
        }
    }

    private static void add(Out o, String name, List<String> values) {
        o.put('\n');
        o.put(name);
        for (String v : values) {
            value(o, v);
        }
    }

    /** A tab and the value with backslash, tab and newline escaped; "\\0" for none. */
    private static void value(Out o, String v) {
        o.put('\t');
        if (v == null) {
            o.put("\\0");
            return;
        }
        if (v.indexOf('\\') < 0 && v.indexOf('\t') < 0 && v.indexOf('\n') < 0) {
            o.put(v); // nothing to escape (the usual case)
            return;
        }
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> o.put("\\\\");
                case '\t' -> o.put("\\t");
                case '\n' -> o.put("\\n");
                default -> o.put(c);
            }
        }
    }

    /** The ISSN to store: print, else electronic, else linking. */
    String issn() {
        if (printIssn != null) {
            return printIssn;
        }
        return electronicIssn != null ? electronicIssn : linkingIssn;
    }

    /** The abstract, one paragraph per section, "LABEL: text"; null when there is none. */
    String abstractText() {
        List<String> paragraphs = new ArrayList<>();
        for (Section s : abstractSections) {
            if (s.text() == null || s.text().isBlank()) {
                continue;
            }
            boolean labelled = s.label() != null && !s.label().isBlank()
                    && !s.label().equalsIgnoreCase("UNLABELLED");
            paragraphs.add(labelled ? s.label().strip() + ": " + s.text().strip() : s.text().strip());
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }
}
