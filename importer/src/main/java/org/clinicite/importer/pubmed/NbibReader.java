package org.clinicite.importer.pubmed;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits MEDLINE tagged text into records of fields, line by line. A field is a tag of
 * two to four capitals or digits, padded with spaces, a hyphen, a space and the value
 * ({@code "TI  - Title"}; {@code "PMID-123"} and {@code "TI  -Title"} are accepted too);
 * a line indented by spaces continues the field above. Records are separated by blank
 * lines, and a second {@code PMID} also starts a new record. Any other line is reported
 * and skipped.
 */
final class NbibReader {
    /** One field, its continuation lines joined with single spaces. */
    record Field(String tag, String value, int line) {
    }

    /** The fields of one record, in file order, and the line where it starts. */
    record Fields(List<Field> fields, int line) {
    }

    /** Receives what the reader finds. */
    interface Handler {
        void record(Fields fields);

        void strayLine(int line, String text);
    }

    static final Pattern FIELD = Pattern.compile("([A-Z][A-Z0-9]{1,3}) *-(?: (.*)|(\\S.*))?");
    private static final int SHOWN = 60;

    private final BufferedReader in;
    private final Handler handler;
    private final List<Field> fields = new ArrayList<>();
    private String tag;
    private StringBuilder value;
    private int fieldLine;
    private int lineNo;

    NbibReader(BufferedReader in, Handler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** Reads to the end of the input. */
    void readAll() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line(line);
        }
        endRecord();
    }

    private void line(String line) {
        if (line.isBlank()) {
            endRecord();
            return;
        }
        Matcher m = FIELD.matcher(line);
        if (m.matches()) {
            endField();
            if (m.group(1).equals("PMID") && fields.stream().anyMatch(f -> f.tag().equals("PMID"))) {
                endRecord();
            }
            tag = m.group(1);
            value = new StringBuilder(m.group(2) != null ? m.group(2).strip() : m.group(3) != null ? m.group(3).strip() : "");
            fieldLine = lineNo;
        } else if (Character.isWhitespace(line.charAt(0)) && tag != null) {
            if (value.length() > 0) {
                value.append(' ');
            }
            value.append(line.strip());
        } else {
            handler.strayLine(lineNo, line.length() > SHOWN ? line.substring(0, SHOWN) + "..." : line);
        }
    }

    private void endField() {
        if (tag != null) {
            fields.add(new Field(tag, value.toString(), fieldLine));
            tag = null;
            value = null;
        }
    }

    private void endRecord() {
        endField();
        if (fields.isEmpty()) {
            return;
        }
        handler.record(new Fields(List.copyOf(fields), fields.get(0).line()));
        fields.clear();
    }
}
