package org.clinicite.bench.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordSink;
import org.clinicite.importer.pubmed.PubmedXmlImporter;

/**
 * What a parse extracts, as one hash: every record's fields ({@link StudyJson#full}: identifiers,
 * bibliographic fields, authors, terms, sample size, outcomes), its line, key and
 * fingerprint, and every warning and rejection, in order. A change meant only to make
 * parsing faster must leave it unchanged:
 * {@code bench/run imports.ParseDigest bench/target/import-bench/pubmed-20000-seed1.xml}
 * (the file an {@code ImportBenchmark} run with {@code --keep} leaves).
 */
public final class ParseDigest implements RecordSink {
    private final MessageDigest sha;
    private long records;
    private long problems;

    private ParseDigest() throws NoSuchAlgorithmException {
        this.sha = MessageDigest.getInstance("SHA-256");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: bench/run imports.ParseDigest FILE.xml");
            System.exit(2);
        }
        ParseDigest digest = new ParseDigest();
        new PubmedXmlImporter(Vocabulary.shipped()).read(Path.of(args[0]), digest);
        System.out.println(digest.records + " records, " + digest.problems + " warnings/rejections, sha-256 "
                + HexFormat.of().formatHex(digest.sha.digest()));
    }

    @Override
    public void accept(ParsedRecord r) {
        records++;
        ObjectNode json = StudyJson.full(r.study(), "r" + records);
        ((ObjectNode) json.get("clinicite")).remove("sources");
        add("record " + r.line() + " " + r.recordKey() + " " + r.fingerprint() + " " + json);
    }

    @Override
    public void reject(Problem problem) {
        problems++;
        add("reject " + problem);
    }

    @Override
    public void warn(Problem problem) {
        problems++;
        add("warn " + problem);
    }

    private void add(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }
}
