package org.clinicite.citation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode barone() throws IOException {
        return JSON.readTree("""
                {"id": "1", "type": "article-journal",
                 "title": "Perceived benefits of MDMA-assisted psychotherapy beyond symptom reduction: qualitative follow-up study of a clinical trial for individuals with treatment-resistant PTSD",
                 "author": [{"family": "Barone", "given": "William"}, {"family": "Beck", "given": "Jerome"},
                            {"family": "Mitsunaga-Whitten", "given": "Michiko"}, {"family": "Perl", "given": "Phillip"}],
                 "container-title": "Journal of Psychoactive Drugs", "container-title-short": "J Psychoactive Drugs",
                 "volume": "51", "issue": "2", "page": "199-208", "issued": {"date-parts": [[2019, 4]]},
                 "DOI": "10.1080/02791072.2019.1580805",
                 "clinicite": {"design": "qualitative", "sampleSize": 19,
                   "substances": [{"key": "mdma", "name": "MDMA", "role": "intervention"}],
                   "conditions": [{"key": "ptsd", "name": "post-traumatic stress disorder", "role": "studied"}],
                   "outcomes": [{"description": "reduction in symptoms", "responders": 15, "total": 19,
                                 "threshold": "> 30%", "timepoint": "12 months"}],
                   "writeUps": [{"outlet": "PsyPost"}]}}""");
    }

    private static JsonNode stub() throws IOException {
        return JSON.readTree("""
                {"id": "2", "type": "article-journal", "title": "Safety & efficacy of 100% {pure} MDMA_1",
                 "author": [{"literal": "MAPS Study Group"}]}""");
    }

    private static String write(ExportFormat f, JsonNode... items) throws IOException {
        StringWriter w = new StringWriter();
        Exporter.of(f).write(List.of(items), w);
        return w.toString();
    }

    @Test
    void bibtexHasStableKeysAndEscapes() throws IOException {
        String bib = write(ExportFormat.BIBTEX, barone(), stub(), barone());
        assertTrue(bib.startsWith("@article{barone2019perceived,\n  author = {Barone, William and Beck, Jerome and "
                + "Mitsunaga-Whitten, Michiko and Perl, Phillip},\n  title = {{Perceived benefits of MDMA-assisted"), bib);
        assertTrue(bib.contains("  journal = {Journal of Psychoactive Drugs},\n"), bib);
        assertTrue(bib.contains("  pages = {199--208},\n"), bib);
        assertTrue(bib.contains("  doi = {10.1080/02791072.2019.1580805}\n}"), bib);
        assertTrue(bib.contains("@article{barone2019perceiveda,"), "a second identical item gets a letter: " + bib);
        assertTrue(bib.contains("@article{mapsstudygroupndsafety,"), bib);
        assertTrue(bib.contains("author = {{MAPS Study Group}}"), bib);
        assertTrue(bib.contains("title = {{Safety \\& efficacy of 100\\% \\{pure\\} MDMA\\_1}}"), bib);
        assertEquals(bib.chars().filter(c -> c == '{').count() - bib.split("\\\\\\{").length + 1,
                bib.chars().filter(c -> c == '}').count() - bib.split("\\\\\\}").length + 1, "braces balance");
    }

    @Test
    void risHasAllAuthorsAndTerms() throws IOException {
        String ris = write(ExportFormat.RIS, barone());
        assertTrue(ris.startsWith("TY  - JOUR\r\nAU  - Barone, William\r\nAU  - Beck, Jerome\r\n"
                + "AU  - Mitsunaga-Whitten, Michiko\r\nAU  - Perl, Phillip\r\nTI  - Perceived benefits"), ris);
        assertTrue(ris.contains("T2  - Journal of Psychoactive Drugs\r\nJ2  - J Psychoactive Drugs\r\n"), ris);
        assertTrue(ris.contains("PY  - 2019\r\nDA  - 2019/04//\r\n"), ris);
        assertTrue(ris.contains("SP  - 199\r\nEP  - 208\r\n"), ris);
        assertTrue(ris.contains("KW  - MDMA\r\nKW  - post-traumatic stress disorder\r\n"), ris);
        assertTrue(ris.endsWith("ER  - \r\n\r\n"), ris);
    }

    @Test
    void cslJsonKeepsEverything() throws IOException {
        String json = write(ExportFormat.CSLJSON, barone(), stub());
        JsonNode back = JSON.readTree(json);
        assertEquals(2, back.size());
        assertEquals(barone(), back.get(0));
        assertEquals(stub(), back.get(1));
    }

    @Test
    void csvHasOneRowPerOutcomeAndOneForStudiesWithout() throws IOException {
        String csv = write(ExportFormat.CSV, barone(), stub());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(2, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals("Barone, William; Beck, Jerome; Mitsunaga-Whitten, Michiko; Perl, Phillip", r.get("authors"));
        assertEquals("2019", r.get("year"));
        assertEquals("19", r.get("n"));
        assertEquals("MDMA", r.get("substances"));
        assertEquals("15", r.get("responders"));
        assertEquals("0.7895", r.get("proportion"));
        assertEquals("> 30%", r.get("threshold"));
        assertEquals("1", r.get("writeups"));
        assertEquals("Safety & efficacy of 100% {pure} MDMA_1", rows.get(1).get("title"));
        assertEquals("", rows.get(1).get("responders"));
    }

    @Test
    void unknownFormatIsRefused() {
        assertEquals(ExportFormat.CSLJSON, ExportFormat.parse("csl-json"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("docx"));
    }
}
