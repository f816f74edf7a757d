package org.clinicite.importer.ctgov;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.Importer;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.io.InputFiles;

/**
 * ClinicalTrials.gov records, {@code --format ctgov}: API v2 JSON (one study or a page of
 * studies), legacy API v1 {@code full_studies} JSON and the legacy XML. The shape is told
 * from the content, not the file name: JSON goes to {@link CtgovJsonReader} (which tells
 * v2 from v1 by their top-level names), XML to {@link CtgovXmlReader}.
 */
public final class CtgovImporter implements Importer {
    /** The format id. */
    public static final String ID = "ctgov";
    /** How much of a file detection reads. */
    static final int SNIFF_CHARS = 8192;
    private static final Pattern JSON_MARK = Pattern.compile(
            "\"(?:protocolSection|ProtocolSection|FullStudiesResponse)\"\\s*:");
    private static final Pattern XML_MARK = Pattern.compile("<clinical_study[\\s/>]");

    private final CtgovJsonReader json;
    private final CtgovXmlReader xml;

    public CtgovImporter(Vocabulary vocabulary) {
        CtgovRecords records = new CtgovRecords(vocabulary);
        this.json = new CtgovJsonReader(records);
        this.xml = new CtgovXmlReader(records);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "ClinicalTrials.gov records: API v2 JSON (study or page), API v1 full_studies JSON, legacy XML";
    }

    @Override
    public boolean isRecognizedFormat(Path file) throws IOException {
        String head = InputFiles.head(file, SNIFF_CHARS).stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            return JSON_MARK.matcher(head).find();
        }
        return head.startsWith("<") && XML_MARK.matcher(head).find();
    }

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        String head = InputFiles.head(file, SNIFF_CHARS).stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            json.read(file, sink);
        } else if (head.startsWith("<")) {
            xml.read(file, sink);
        } else if (head.isEmpty()) {
            sink.reject(Problem.ofFile(file.toString(), "empty or binary file: not a ClinicalTrials.gov record"));
        } else {
            sink.reject(Problem.ofFile(file.toString(),
                    "neither JSON nor XML: ClinicalTrials.gov records are API JSON or the legacy XML"));
        }
    }
}
