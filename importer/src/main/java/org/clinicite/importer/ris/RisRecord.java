package org.clinicite.importer.ris;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One RIS record as read: its type ({@code TY}), its tagged fields in file order (a
 * tag may repeat: {@code AU}, {@code KW}), and the line of its {@code TY}.
 */
final class RisRecord {
    /** One tagged value; continuation lines are already joined to it. */
    record Field(String tag, String value) {
    }

    private final int line;
    private String type;
    private boolean retyped;
    private final List<Field> fields = new ArrayList<>();

    RisRecord(int line, String type) {
        this.line = line;
        this.type = type;
    }

    int line() {
        return line;
    }

    /** The {@code TY} value, or null when the record did not start with one. */
    String type() {
        return type;
    }

    void retype(String newType) {
        this.type = newType;
        this.retyped = true;
    }

    /** Whether the record had more than one TY line. */
    boolean retyped() {
        return retyped;
    }

    boolean hasFields() {
        return !fields.isEmpty();
    }

    void add(String tag, String value) {
        fields.add(new Field(tag, squeeze(value)));
    }

    /** Appends a continuation line to the last value, with one space between. */
    void continueLast(String text) {
        if (fields.isEmpty()) {
            return;
        }
        Field last = fields.remove(fields.size() - 1);
        String joined = last.value().isEmpty() ? text : last.value() + " " + text;
        fields.add(new Field(last.tag(), squeeze(joined)));
    }

    /** Runs of white space as one space: RIS wraps long values at arbitrary points. */
    private static String squeeze(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }

    /** Every non-blank value of these tags, in file order. */
    List<String> all(String... tags) {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            if (!f.value().isBlank() && List.of(tags).contains(f.tag())) {
                out.add(f.value().strip());
            }
        }
        return out;
    }

    /** The first non-blank value of the first tag that has one (the tags in order of preference). */
    Optional<String> first(String... tags) {
        for (String tag : tags) {
            for (Field f : fields) {
                if (f.tag().equals(tag) && !f.value().isBlank()) {
                    return Optional.of(f.value().strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The record as normalised text (one {@code TAG  - value} per line), for its fingerprint. */
    String canonical() {
        StringBuilder sb = new StringBuilder("TY  - ").append(type == null ? "" : type);
        for (Field f : fields) {
            sb.append('\n').append(f.tag()).append("  - ").append(f.value().strip());
        }
        return sb.toString();
    }
}
