package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.vocab.Term;
import org.clinicite.importer.io.SafeXml;
import org.junit.jupiter.api.Test;

/** MeSH names to vocabulary terms, and how many of the fixtures' headings the vocabulary knows. */
class MeshTermsTest {
    private final MeshTerms mesh = new MeshTerms(Fixtures.VOCABULARY);

    private Optional<String> key(MedlineRecord.Heading h) {
        Optional<Term> t = h.kind() != null ? mesh.find(h, h.kind())
                : mesh.find(h, TermKind.CONDITION).or(() -> mesh.find(h, TermKind.SUBSTANCE));
        return t.map(Term::key);
    }

    private Optional<String> key(String name, String ui) {
        return key(new MedlineRecord.Heading(name, ui, null));
    }

    @Test
    void variantsInvertAndInflect() {
        assertEquals(List.of("Stress Disorders, Post-Traumatic", "Post-Traumatic Stress Disorders",
                "Stress Disorders, Post-Traumatics", "Post-Traumatic Stress Disorder"),
                MeshTerms.variants("Stress Disorders, Post-Traumatic"));
        assertEquals(List.of("Depressive Disorder, Treatment-Resistant", "Treatment-Resistant Depressive Disorder",
                "Depressive Disorder, Treatment-Resistants", "Treatment-Resistant Depressive Disorders"),
                MeshTerms.variants("Depressive Disorder, Treatment-Resistant"));
        assertEquals("Psychosis", MeshTerms.singular("Psychoses"));
        assertEquals("Therapy", MeshTerms.singular("Therapies"));
        assertEquals("Diagnosis", MeshTerms.singular("Diagnosis"));
        assertEquals("Therapies", MeshTerms.plural("Therapy"));
    }

    @Test
    void headingsByNameInvertedOrById() {
        assertEquals(Optional.of("ptsd"), key("Stress Disorders, Post-Traumatic", null), "inverted and singular");
        assertEquals(Optional.of("mdma"), key("N-Methyl-3,4-methylenedioxyamphetamine", "D018817"), "by MeSH id");
        assertEquals(Optional.empty(), key("N-Methyl-3,4-methylenedioxyamphetamine", null));
        assertEquals(Optional.of("major-depressive-disorder"), key("Depressive Disorder, Major", null));
        assertEquals(Optional.of("major-depressive-disorder"), key("Depression", "D003863"),
                "the name first: the vocabulary gives D003863 to another term");
        assertEquals(Optional.of("lsd"), key("Lysergic Acid Diethylamide", "D008238"));
        assertEquals(Optional.of("psilocybin"), key("Psilocybin", "D011562"));
        assertEquals(Optional.of("ketamine"), key("Ketamine", "D007649"));
        assertEquals(Optional.empty(), key("Hallucinogens", "D006213"), "a class term is not linked");
        assertEquals(Optional.empty(), key("Mental Disorders", "D001523"), "a class term is not linked");
    }

    @Test
    void checkTagsAndMethodHeadingsMapToNothing() {
        for (String h : List.of("Humans", "Male", "Female", "Adult", "Aged", "Middle Aged", "Young Adult", "Adolescent",
                "Child", "Animals", "Mice", "Rats", "Treatment Outcome", "Pilot Projects", "Time Factors",
                "Double-Blind Method", "Placebos", "Surveys and Questionnaires", "Retrospective Studies",
                "Psychotherapy", "Qualitative Research", "Brain", "Magnetic Resonance Imaging", "Pregnancy",
                "Quality of Life", "Emotions", "Cognition", "Risk Factors")) {
            assertEquals(Optional.empty(), key(h, null), h);
        }
    }

    /** The headings (descriptors, chemicals, supplementary concepts) of every PubMed and MEDLINE fixture. */
    @Test
    void fixturesHeadingsThatTheVocabularyKnows() throws IOException, XMLStreamException {
        Map<String, String> real = new LinkedHashMap<>();
        for (MedlineRecord.Heading h : realHeadings()) {
            real.put(h.name(), key(h).orElse(null));
        }
        Map<String, String> constructed = new LinkedHashMap<>();
        for (MedlineRecord.Heading h : xmlHeadings(Fixtures.own("constructed-psychedelic-set.xml"))) {
            constructed.put(h.name(), key(h).orElse(null));
        }
        assertEquals(49, real.size(), real.keySet().toString());
        assertEquals(0, real.values().stream().filter(v -> v != null).count(),
                "the real fixtures are about asthma, thyroid, genetics...: outside the vocabulary " + real);
        assertEquals(11, constructed.size());
        Map<String, String> mapped = new LinkedHashMap<>(constructed);
        mapped.values().removeIf(v -> v == null);
        assertEquals(Map.of("N-Methyl-3,4-methylenedioxyamphetamine", "mdma", "Stress Disorders, Post-Traumatic", "ptsd",
                "Depressive Disorder, Treatment-Resistant", "treatment-resistant-depression", "Psilocybin", "psilocybin",
                "Ketamine", "ketamine"), mapped);
    }

    private static List<MedlineRecord.Heading> realHeadings() throws IOException, XMLStreamException {
        List<MedlineRecord.Heading> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.dir().resolve("records/pubmed-xml"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml") && !p.toString().contains("Malformed")).toList()) {
                out.addAll(xmlHeadings(f));
            }
        }
        try (Stream<Path> files = Files.list(SharedData.dir().resolve("records/medline-nbib"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".nbib")).toList()) {
                out.addAll(nbibHeadings(f));
            }
        }
        return out;
    }

    private static List<MedlineRecord.Heading> xmlHeadings(Path f) throws IOException, XMLStreamException {
        List<MedlineRecord.Heading> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f)) {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("DescriptorName") || name.equals("NameOfSubstance")) {
                        String ui = r.getAttributeValue(null, "UI");
                        TermKind kind = name.equals("NameOfSubstance") ? TermKind.SUBSTANCE : null;
                        out.add(new MedlineRecord.Heading(r.getElementText().strip(), ui, kind));
                    }
                }
            }
        }
        return out;
    }

    private static List<MedlineRecord.Heading> nbibHeadings(Path f) throws IOException {
        List<MedlineRecord.Heading> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(f)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("MH  - ")) {
                    out.add(new MedlineRecord.Heading(line.substring(6).split("/")[0].replace("*", "").strip(), null,
                            null));
                } else if (line.startsWith("RN  - ") && line.endsWith(")")) {
                    out.add(new MedlineRecord.Heading(line.substring(line.indexOf('(') + 1, line.length() - 1), null,
                            TermKind.SUBSTANCE));
                }
            }
        }
        return out;
    }
}
