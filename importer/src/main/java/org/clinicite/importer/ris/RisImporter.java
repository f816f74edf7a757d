package org.clinicite.importer.ris;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.WriteUpFingerprint;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.io.InputFiles;
import org.clinicite.importer.text.AbstractFacts;

/** RIS ({@code TY  - JOUR} ... {@code ER  - }), read line by line. See the package documentation. */
public final class RisImporter implements Importer {
    public static final String ID = "ris";
    private static final int SNIFF_CHARS = 8192;
    private static final int MAX_HEADER_LINES = 12;
    /** MEDLINE/nbib tags have three or four letters ("PMID- ", "FAU - "); RIS tags two. */
    private static final Pattern NBIB_TAG = Pattern.compile("[A-Z][A-Z0-9]{2,3} {0,2}-");
    private final RisStudyMapper mapper;

    public RisImporter(Vocabulary vocabulary) {
        this.mapper = new RisStudyMapper(new AbstractFacts(vocabulary));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "RIS tagged records (TY  - ... ER  - ) from reference managers, PubMed and publishers";
    }

    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        return looksLikeRis(InputFiles.head(file, SNIFF_CHARS));
    }

    /**
     * A RIS tag line comes first (after at most a few header lines, such as a database's
     * "Provider:" block, when that first tag line is {@code TY}), a {@code TY} or
     * {@code ER} line follows, and no MEDLINE/nbib tag appears.
     */
    static boolean looksLikeRis(String head) {
        int header = 0;
        boolean seenTag = false;
        boolean seenTypeOrEnd = false;
        for (String raw : head.split("\\R")) {
            String line = raw.replace("\uFEFF", "").stripTrailing();
            if (line.isBlank()) {
                continue;
            }
            if (NBIB_TAG.matcher(line).lookingAt()) {
                return false;
            }
            Matcher m = RisReader.TAG_LINE.matcher(line);
            if (!seenTag && !m.matches() && ++header > MAX_HEADER_LINES) {
                return false;
            }
            if (!seenTag && m.matches() && header > 0 && !m.group(1).equals("TY")) {
                return false;
            }
            seenTag |= m.matches();
            seenTypeOrEnd |= m.matches() && (m.group(1).equals("TY") || m.group(1).equals("ER"));
        }
        return seenTypeOrEnd;
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        Delivery delivery = new Delivery(file.toString(), sink);
        try (BufferedReader in = InputFiles.reader(file)) {
            new RisReader(delivery).read(in);
        }
        if (delivery.seen == 0) {
            sink.reject(Problem.ofFile(file.toString(), "no RIS record found (a record starts with 'TY  - ' "
                    + "and ends with 'ER  - ')"));
        }
    }

    /** Maps each record and hands it, or the reason it cannot be stored, to the sink. */
    private final class Delivery implements RisReader.Listener {
        private final String source;
        private final RecordSink sink;
        private int seen;

        Delivery(String source, RecordSink sink) {
            this.source = source;
            this.sink = sink;
        }

        @Override
        public void record(RisRecord r) {
            seen++;
            Study s = mapper.map(r, msg -> warn(r.line(), msg));
            if (s.getTitle() == null && !hasIdentifier(s)) {
                sink.reject(Problem.at(source, r.line(), "record has neither a title (TI/T1) nor an identifier (DO, PubMed AN, PMCID, "
                        + "NCT number): nothing to store"));
                return;
            }
            String key = r.first("ID", "AN").orElse(null);
            sink.accept(new ParsedRecord(s, null, ID, source, r.line(), key, WriteUpFingerprint.sha256(r.canonical())));
        }

        @Override
        public void reject(int line, String reason) {
            seen++;
            sink.reject(Problem.at(source, line, reason));
        }

        @Override
        public void warn(int line, String reason) {
            sink.warn(Problem.at(source, line, reason));
        }
    }

    private static boolean hasIdentifier(Study s) {
        return s.getDoi().isPresent() || s.getPmid().isPresent() || s.getPmcid().isPresent() || s.getNctId().isPresent();
    }
}
