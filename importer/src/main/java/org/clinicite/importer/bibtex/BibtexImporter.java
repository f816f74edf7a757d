package org.clinicite.importer.bibtex;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
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

/** BibTeX and biblatex, entry by entry, parsed with jbibtex. See the package documentation. */
public final class BibtexImporter implements Importer {
    public static final String ID = "bibtex";
    private static final int SNIFF_CHARS = 8192;
    private static final Pattern FIRST_ENTRY = Pattern.compile("@\\s*[A-Za-z]+\\s*[{(].*");
    private final BibtexStudyMapper mapper;

    public BibtexImporter(Vocabulary vocabulary) {
        this.mapper = new BibtexStudyMapper(new AbstractFacts(vocabulary));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "BibTeX and biblatex (.bib), LaTeX accents and @string macros resolved";
    }

    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        return looksLikeBibtex(InputFiles.head(file, SNIFF_CHARS));
    }

    /** The first line that is neither blank nor a {@code %} comment opens an entry, {@code @article{...}}. */
    static boolean looksLikeBibtex(String head) {
        for (String raw : head.split("\\R")) {
            String line = raw.replace("\uFEFF", "").strip();
            if (!line.isEmpty() && !line.startsWith("%")) {
                return FIRST_ENTRY.matcher(line).matches();
            }
        }
        return false;
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        Delivery delivery = new Delivery(file.toString(), sink);
        try (BufferedReader in = InputFiles.reader(file)) {
            new BibtexScanner(delivery).read(in);
        }
        if (delivery.entries == 0) {
            sink.reject(Problem.ofFile(file.toString(), "no BibTeX entry found (an entry looks like "
                    + "@article{key, title = {...}, ...})"));
        }
    }

    /** Parses, maps and delivers each chunk the scanner cuts; keeps the file's @string macros. */
    private final class Delivery implements BibtexScanner.Listener {
        private final String source;
        private final RecordSink sink;
        private final BibtexEntryParser parser = new BibtexEntryParser();
        private int entries;

        Delivery(String source, RecordSink sink) {
            this.source = source;
            this.sink = sink;
        }

        @Override
        public void chunk(BibtexChunk chunk) {
            if (chunk.isIgnored()) {
                return;
            }
            if (chunk.isString()) {
                define(chunk);
                return;
            }
            entries++;
            try {
                entry(chunk, parser.entry(chunk));
            } catch (BibtexEntryParser.SyntaxError e) {
                sink.reject(Problem.at(source, chunk.line(), describe(chunk) + ": " + e.getMessage()));
            }
        }

        private void define(BibtexChunk chunk) {
            try {
                parser.define(chunk);
            } catch (BibtexEntryParser.SyntaxError e) {
                warn(chunk.line(), "@string definition ignored: " + e.getMessage());
            }
        }

        private void entry(BibtexChunk chunk, BibtexEntryParser.Parsed parsed) {
            parsed.undefinedMacros().forEach(m -> warn(chunk.line(),
                    "macro '" + m + "' is not defined by an @string before this entry; its name is used as text"));
            BibtexFields fields = new BibtexFields(parsed.entry());
            Study s = mapper.map(fields, msg -> warn(chunk.line(), msg));
            if (s.getTitle() == null && !hasIdentifier(s)) {
                sink.reject(Problem.at(source, chunk.line(), describe(chunk) + " has neither a title nor an "
                        + "identifier (doi, pmid, pmcid, NCT number): nothing to store"));
                return;
            }
            String fingerprint = WriteUpFingerprint.sha256(fields.canonical(chunk.key()));
            sink.accept(new ParsedRecord(s, null, ID, source, chunk.line(), chunk.key(), fingerprint));
        }

        @Override
        public void unterminated(BibtexChunk partial, String reason) {
            if (partial.isIgnored() || partial.isString()) {
                warn(partial.line(), "@" + partial.type() + " ignored: " + reason);
                return;
            }
            entries++;
            sink.reject(Problem.at(source, partial.line(), describe(partial) + ": " + reason));
        }

        private void warn(int line, String reason) {
            sink.warn(Problem.at(source, line, reason));
        }
    }

    private static String describe(BibtexChunk chunk) {
        return "@" + chunk.type() + (chunk.key() == null ? " entry" : " '" + chunk.key() + "'");
    }

    private static boolean hasIdentifier(Study s) {
        return s.getDoi().isPresent() || s.getPmid().isPresent() || s.getPmcid().isPresent() || s.getNctId().isPresent();
    }
}
