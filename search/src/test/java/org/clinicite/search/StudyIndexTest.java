package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyIndexTest {
    @TempDir
    Path dir;

    private static long count(StudyIndex index, String query) {
        return index.search(new QueryParser(Fixtures.vocabulary()).parse(query).root(), Map.of(),
                SearchOptions.defaults()).total();
    }

    @Test
    void newIndexIsEmptyAtSequenceZero() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("new"))) {
            assertEquals(0, index.changeSeq());
            assertEquals(0, index.size());
            assertTrue(index.hasCurrentFormat());
            assertEquals(0, count(index, ""));
            SearchResults r = index.search(new QueryNode.All(), Map.of(), SearchOptions.defaults().facets(true));
            assertEquals(0, r.total());
            assertTrue(r.facets().isEmpty());
        }
    }

    @Test
    void commitSequenceSurvivesReopening() {
        Path p = dir.resolve("seq");
        try (StudyIndex index = StudyIndex.open(p)) {
            index.update(Fixtures.documents());
            index.commit(42);
            assertEquals(42, index.changeSeq());
        }
        try (StudyIndex index = StudyIndex.open(p)) {
            assertEquals(42, index.changeSeq());
            assertEquals(6, index.size());
            index.commit(43);
            assertEquals(43, index.changeSeq());
            assertEquals(6, index.size());
        }
    }

    @Test
    void reindexingIsIdempotent() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("idem"))) {
            index.update(Fixtures.documents());
            index.update(Fixtures.documents());
            index.commit(1);
            index.update(Fixtures.documents().subList(0, 2));
            index.commit(2);
            assertEquals(6, index.size());
            assertEquals(2, count(index, "substance:mdma"));
        }
    }

    @Test
    void exclusionsAreCountedExactlyWithAndWithoutDeletedDocuments() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("count"))) {
            index.update(Fixtures.documents());
            index.commit(1);
            List<String> queries = List.of("substance:mdma -condition:ptsd", "psilocybin -mdma", "psilocybin -mdma -ptsd",
                    "-psilocybin", "has:outcomes -substance:psychedelic");
            Map<String, Long> before = new java.util.HashMap<>();
            for (String q : queries) {
                long listed = index.search(new QueryParser(Fixtures.vocabulary()).parse(q).root(), Map.of(),
                        SearchOptions.defaults().limit(100)).hits().size();
                assertEquals(listed, count(index, q), q);
                before.put(q, listed);
            }
            index.update(Fixtures.documents().subList(0, 3)); // the old versions are deleted documents now
            index.commit(2);
            for (String q : queries) {
                assertEquals(before.get(q), count(index, q), q + " after updates");
            }
        }
    }

    @Test
    void updateReplacesTheOldVersion() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("replace"))) {
            index.update(Fixtures.documents());
            index.commit(1);
            var ketamine = Fixtures.studies().get(4);
            ketamine.setTitle("Esketamine in bipolar depression");
            ketamine.setEnrolled(30);
            index.update(List.of(StudyDocuments.from(ketamine)));
            index.commit(2);
            assertEquals(1, count(index, "esketamine"));
            assertEquals(0, count(index, "retrospective"));
            assertEquals(0, count(index, "n>=300"));
            assertEquals(6, index.size());
        }
    }

    @Test
    void writesAreInvisibleUntilCommitAndRollbackDropsThem() {
        try (StudyIndex index = StudyIndex.open(dir.resolve("visibility"))) {
            index.update(Fixtures.documents());
            assertEquals(0, index.size());
            index.commit(5);
            index.delete(List.of("1", "2", "99"));
            index.clear();
            assertEquals(6, index.size(), "searches keep the last commit during a rebuild");
            index.rollback();
            assertEquals(6, index.size());
            assertEquals(5, index.changeSeq());
            index.delete(List.of("1", "2"));
            index.commit(6);
            assertEquals(4, index.size());
            assertEquals(0, count(index, "substance:mdma"));
            index.clear();
            index.commit(7);
            assertEquals(0, index.size());
            assertEquals(7, index.changeSeq());
        }
    }

    @Test
    void aBroadClassMayExpandToThousandsOfTerms() {
        java.util.List<org.clinicite.core.vocab.Term> terms = new java.util.ArrayList<>();
        terms.add(new org.clinicite.core.vocab.Term("drug", org.clinicite.core.model.TermKind.SUBSTANCE, "drug",
                List.of(), List.of(), List.of(), true, Map.of()));
        for (int i = 0; i < 1500; i++) {
            terms.add(new org.clinicite.core.vocab.Term("d" + i, org.clinicite.core.model.TermKind.SUBSTANCE,
                    "drug " + i, List.of(), List.of(), List.of("drug"), false, Map.of()));
        }
        var vocabulary = org.clinicite.core.vocab.Vocabulary.of(terms);
        var study = Fixtures.ketamine();
        Fixtures.setId(study, 1);
        Fixtures.substance(study, "d1499", "drug 1499");
        try (StudyIndex index = StudyIndex.forDataDir(dir)) {
            assertEquals(dir.resolve(StudyIndex.DIR_NAME), index.path());
            index.update(List.of(StudyDocuments.from(study)));
            index.commit(1);
            QueryNode q = new QueryParser(vocabulary).parse("substance:drug").root();
            assertEquals(1501, ((QueryNode.Terms) q).values().size());
            assertEquals(1, index.search(q, Map.of(), SearchOptions.defaults()).total());
        }
    }

    @Test
    void aReaderSeesAnotherInstancesCommits() {
        Path p = dir.resolve("shared");
        try (StudyIndex writer = StudyIndex.open(p); StudyIndex reader = StudyIndex.open(p)) {
            assertEquals(0, count(reader, ""));
            writer.update(Fixtures.documents());
            writer.commit(3);
            assertEquals(6, count(reader, ""));
            assertEquals(3, reader.changeSeq());
            assertFalse(reader.path().toString().isEmpty());
        }
    }
}
