package org.clinicite.importer.ris;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits RIS text into records, line by line (one record in memory at a time). A
 * record runs from {@code TY  - } to {@code ER  - }; a line without a tag continues the
 * value before it. Consecutive {@code TY} lines at the start of a record are one type
 * (the last wins, with a warning); a {@code TY} after other fields means the record
 * before lacked its {@code ER}.
 */
final class RisReader {
    /** A tag line: two characters, two spaces, a dash, then (after a space) the value. */
    static final Pattern TAG_LINE = Pattern.compile("([A-Z][A-Z0-9])  -(?: (.*))?");

    /** Where the reader delivers records and problems, by line. */
    interface Listener {
        void record(RisRecord record);

        void reject(int line, String reason);

        void warn(int line, String reason);
    }

    private final Listener listener;
    private RisRecord current;
    private int lineNo;
    private boolean warnedOutside;

    RisReader(Listener listener) {
        this.listener = listener;
    }

    void read(BufferedReader in) throws IOException {
        String raw;
        while ((raw = in.readLine()) != null) {
            lineNo++;
            onLine(raw.replace("\uFEFF", "").stripTrailing());
        }
        if (current != null) {
            listener.reject(current.line(), "record has no 'ER  - ' end line: the file ends at line " + lineNo
                    + " inside it (truncated file?)");
            current = null;
        }
    }

    private void onLine(String line) {
        Matcher m = TAG_LINE.matcher(line);
        if (!m.matches()) {
            continueValue(line);
            return;
        }
        String tag = m.group(1);
        String value = m.group(2) == null ? "" : m.group(2).strip();
        if (tag.equals("TY")) {
            startRecord(value);
        } else if (tag.equals("ER")) {
            endRecord();
        } else {
            if (current == null) {
                current = new RisRecord(lineNo, null);
            }
            current.add(tag, value);
        }
    }

    private void startRecord(String type) {
        if (current != null && current.type() != null && !current.hasFields()) {
            if (!current.retyped()) {
                listener.warn(lineNo, "repeated TY lines: the last one before the first field is the record's type");
            }
            current.retype(type);
            return;
        }
        if (current != null && current.type() == null) {
            listener.reject(current.line(), "record does not start with a 'TY  - ' (type) line, as RIS requires");
        } else if (current != null) {
            listener.reject(current.line(), "record has no 'ER  - ' end line before the next record (TY at line "
                    + lineNo + ")");
        }
        current = new RisRecord(lineNo, type);
    }

    private void endRecord() {
        if (current == null) {
            listener.warn(lineNo, "'ER  - ' line outside a record ignored");
            return;
        }
        RisRecord done = current;
        current = null;
        if (done.type() == null) {
            listener.reject(done.line(), "record does not start with a 'TY  - ' (type) line, as RIS requires");
        } else {
            listener.record(done);
        }
    }

    private void continueValue(String line) {
        if (line.isBlank()) {
            return;
        }
        if (current != null) {
            current.continueLast(line.strip());
        } else if (!warnedOutside) {
            warnedOutside = true;
            listener.warn(lineNo, "text outside a record ignored");
        }
    }
}
