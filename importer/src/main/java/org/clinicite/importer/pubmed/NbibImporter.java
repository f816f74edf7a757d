package org.clinicite.importer.pubmed;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.io.InputFiles;

/**
 * MEDLINE tagged text ({@code .nbib}, PubMed's "Save / Export citation" and the
 * "MEDLINE" display), plain or gzipped. Read line by line, one record at a time; the fields
 * are mapped as the XML ones are (see the package documentation).
 */
public final class NbibImporter implements Importer {
    public static final String ID = "nbib";
    /** Tags only MEDLINE uses; RIS shares TI, AU, AB, IS and others, so those prove nothing. */
    private static final Set<String> MEDLINE_TAGS = Set.of("PMID", "PMC", "PMCR", "OWN", "STAT", "DCOM", "LR",
            "FAU", "JT", "MH", "LID", "AID", "PST", "SO", "EDAT", "MHDA", "CRDT", "PHST", "JID", "PT", "VI", "IP",
            "PG", "DEP", "PL", "OT", "OTO", "SI", "BTI", "CTI", "FED", "FIR", "IR", "GR", "CI", "MID", "OID", "SB");
    /** RIS's record delimiters: a file that has them is RIS. */
    private static final Set<String> RIS_TAGS = Set.of("TY", "ER");

    private final MedlineStudyMapper mapper;

    public NbibImporter(Vocabulary vocabulary) {
        this.mapper = new MedlineStudyMapper(vocabulary);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "MEDLINE / PubMed tagged text (.nbib: \"PMID- \", \"TI  - \", ...)";
    }

    /**
     * True when the first non-blank line is a MEDLINE field and the first few KB hold a tag
     * only MEDLINE uses and none of RIS's delimiters.
     */
    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        boolean first = true;
        boolean medline = false;
        for (String line : FileHead.of(file).split("\r?\n")) {
            if (line.isBlank() || (!first && Character.isWhitespace(line.charAt(0)))) {
                continue;
            }
            Matcher m = NbibReader.FIELD.matcher(line);
            if (!m.matches()) {
                if (first) {
                    return false;
                }
                continue;
            }
            first = false;
            if (RIS_TAGS.contains(m.group(1))) {
                return false;
            }
            medline |= MEDLINE_TAGS.contains(m.group(1));
        }
        return medline;
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        RecordEmitter out = new RecordEmitter(ID, file.toString(), mapper, sink);
        int[] records = {0};
        try (BufferedReader in = InputFiles.reader(file)) {
            new NbibReader(in, new NbibReader.Handler() {
                @Override
                public void record(NbibReader.Fields fields) {
                    records[0]++;
                    out.emit(NbibFields.toRecord(fields));
                }

                @Override
                public void strayLine(int line, String text) {
                    out.warn(line, "not a MEDLINE field ('TAG - value') nor an indented continuation; ignored: "
                            + text);
                }
            }).readAll();
        }
        if (records[0] == 0) {
            out.reject(0, 0, "no MEDLINE record in the file (expected fields such as 'PMID- 12345678', "
                    + "'TI  - Title')");
        }
    }
}
