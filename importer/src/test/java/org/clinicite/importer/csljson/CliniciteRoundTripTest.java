package org.clinicite.importer.csljson;

import static org.clinicite.importer.testing.ImportHarness.outcomes;
import static org.clinicite.importer.testing.ImportHarness.sharedRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Journal;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.StudyTerm;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.testing.SampleStudies;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ImportReport;
import org.clinicite.importer.Importers;
import org.clinicite.importer.RecordResult;
import org.clinicite.importer.testing.ImportHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * clinicite's own CSL-JSON export read back: exporting studies and importing them into
 * an empty library gives the same studies and fields (ids, sources and write-ups aside).
 */
class CliniciteRoundTripTest {
    private static final Vocabulary VOCABULARY = Vocabulary.shipped();

    @TempDir
    Path dir;

    /** The Barone study with every field the export writes, and the news stub of it. */
    private static List<Study> library() {
        Journal journal = new Journal("Journal of Psychoactive Drugs");
        journal.setIsoAbbreviation("J Psychoactive Drugs");
        journal.setIssn("0279-1072");
        Study complete = SampleStudies.baroneComplete(journal);
        complete.setAbstractText("A first paragraph.\n\nA second  one, with p < 0.05 and <b>markup</b> kept as written.");
        complete.setPublicationType("journal-article");
        complete.setBlinding("open label");
        complete.setEnrolled(20);
        Outcome measured = new Outcome(null, null, null, null, "2 months");
        measured.setMeasure("CAPS-IV total");
        measured.setEffectSize("d = 1.2");
        measured.setPValue("< 0.001");
        complete.addOutcome(measured);
        complete.addTerm(new StudyTerm(TermKind.SUBSTANCE, "psilocybin", "psilocybin", TermRole.COMPARATOR, null));
        return List.of(complete, SampleStudies.baroneStub());
    }

    private Path export(List<Study> studies) throws IOException {
        ArrayNode items = StudyJson.MAPPER.createArrayNode();
        for (int i = 0; i < studies.size(); i++) {
            items.add(StudyJson.full(studies.get(i), String.valueOf(i + 1)));
        }
        Path file = dir.resolve("library.json");
        StudyJson.MAPPER.writeValue(file.toFile(), items);
        return file;
    }

    /** The export of a study without what belongs to one library: ids, sources, write-ups. */
    private static JsonNode comparable(Study s) {
        ObjectNode o = StudyJson.full(s, "x");
        ((ObjectNode) o.get("clinicite")).remove(List.of("id", "sources", "writeUps"));
        return o;
    }

    @Test
    void exportedStudiesReadBackTheSame() throws IOException {
        List<Study> library = library();
        CollectingSink sink = new CollectingSink();
        new CslJsonImporter(VOCABULARY).read(export(library), sink);
        assertEquals(List.of(), sink.rejected);
        assertEquals(List.of(), sink.warnings);
        assertEquals(2, sink.records.size());
        for (int i = 0; i < library.size(); i++) {
            assertEquals(comparable(library.get(i)), comparable(sink.records.get(i).study()));
        }
        assertEquals(StudyStatus.STUB, sink.records.get(1).study().getStatus(), "a stub stays a stub");
        assertEquals("1", sink.records.get(0).recordKey());
    }

    @Test
    void unknownVocabularyKeysDesignsAndRolesAreWarnedAbout() throws IOException {
        ObjectNode item = StudyJson.full(SampleStudies.baroneStub(), "1");
        ObjectNode c = (ObjectNode) item.get("clinicite");
        c.put("design", "crystal-ball");
        ((ArrayNode) c.get("substances")).addObject().put("key", "unobtainium").put("name", "Unobtainium");
        ((ArrayNode) c.get("conditions")).addObject().put("key", "mdma").put("name", "MDMA as a condition");
        ((ObjectNode) c.get("substances").get(0)).put("role", "hero");
        Path file = dir.resolve("odd.json");
        StudyJson.MAPPER.writeValue(file.toFile(), StudyJson.MAPPER.createArrayNode().add(item));
        CollectingSink sink = new CollectingSink();
        new CslJsonImporter(VOCABULARY).read(file, sink);
        Study s = sink.records.get(0).study();
        assertEquals(null, s.getDesign());
        assertEquals(List.of("mdma"), s.terms(TermKind.SUBSTANCE).stream().map(StudyTerm::getTermKey).toList());
        assertEquals(TermRole.INTERVENTION, s.terms(TermKind.SUBSTANCE).get(0).getRole());
        assertEquals(List.of("ptsd"), s.terms(TermKind.CONDITION).stream().map(StudyTerm::getTermKey).toList());
        List<String> warnings = sink.warnings.stream().map(w -> w.reason()).toList();
        assertEquals(List.of("clinicite.design 'crystal-ball' is not a known design; ignored",
                "term role 'hero' is not intervention, comparator or studied; intervention is used",
                "substance 'unobtainium' is not a substance of the vocabulary; ignored",
                "condition 'mdma' is not a condition of the vocabulary; ignored"), warnings);
        assertEquals(1, sink.records.get(0).line(), "Jackson writes '[ {' on the first line");
        assertTrue(sink.warnings.stream().allMatch(w -> w.line() == 1), sink.warnings.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void anExportedLibraryImportedIntoAnEmptyOneGivesTheSameStudies(String kind) throws IOException {
        // one library never holds both the study and its stub (importing merges them): the second is another stub
        Study other = SampleStudies.baroneStub();
        other.setTitle("Another qualitative follow-up of MDMA-assisted psychotherapy");
        List<Study> library = List.of(library().get(0), other);
        Path file = export(library);
        try (ImportHarness h = ImportHarness.open(kind, dir.resolve("db"), new CslJsonImporter(VOCABULARY))) {
            ImportReport report = h.importFiles(Importers.AUTO, file);
            assertEquals(2, report.count(ImportOutcome.ADDED), report.results().toString());
            List<Long> ids = report.results().stream().map(RecordResult::studyId).toList();
            h.db().run(s -> {
                for (int i = 0; i < library.size(); i++) {
                    assertEquals(comparable(library.get(i)), comparable(s.find(Study.class, ids.get(i))));
                }
            });
            ImportReport again = h.importFiles(Importers.AUTO, file);
            assertEquals(2, again.count(ImportOutcome.UNCHANGED), again.results().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void theSameArticleFromPmcAndPubMedMergesByIdentifier(String kind) {
        try (ImportHarness h = ImportHarness.open(kind, dir.resolve("db"), new CslJsonImporter(VOCABULARY))) {
            ImportReport report = h.importFiles("csljson",
                    sharedRecord("csl-json", "manubot__pmc-scihub-study-csl__pruned.json"),
                    sharedRecord("csl-json", "manubot__pubmed-scihub-study-csl__pruned.json"));
            assertEquals(List.of(ImportOutcome.ADDED, ImportOutcome.MERGED), outcomes(report));
            assertEquals(report.results().get(0).studyId(), report.results().get(1).studyId());
            h.db().run(s -> {
                Study st = s.find(Study.class, report.results().get(0).studyId());
                assertTrue(st.getAbstractText().startsWith("The website Sci-Hub"), "PubMed's abstract fills the gap");
                assertEquals("e32822", st.getPages(), "PMC's pages stay");
                assertEquals(2, st.getProvenance().size());
            });
        }
    }
}
