package org.clinicite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An import killed mid-way (SIGKILL, no shutdown hook runs) leaves whole records only,
 * and the next command's search catches up so that index and database agree.
 */
class KilledImportTest {
    private static final int ARTICLES = 120;
    private static final int KILL_AFTER_FILES = 25;

    @TempDir
    Path data;
    @TempDir
    Path files;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void searchAndDatabaseAgreeAfterAKill(String kind) throws Exception {
        List<String> db = "h2".equals(kind) ? List.of() : List.of("--db-url", TestDatabases.postgres().jdbcUrl());
        List<String> paths = writeArticles();
        int started = importKilledMidway(db, paths);
        assertTrue(started >= KILL_AFTER_FILES && started < ARTICLES, "killed mid-way, after " + started + " files");

        String[] dbArgs = db.toArray(String[]::new);
        CliRun search = CliRun.run(data, concat(dbArgs, "search", "*", "--json", "--limit", "1"));
        assertEquals(0, search.exitCode(), search.toString());
        CliRun stats = CliRun.run(data, concat(dbArgs, "stats", "--json"));
        JsonNode s = StudyJson.MAPPER.readTree(stats.out());
        long studies = s.get("studies").asLong();
        assertTrue(studies >= KILL_AFTER_FILES - 1 && studies < ARTICLES, "studies stored before the kill: " + studies);
        assertEquals(studies, StudyJson.MAPPER.readTree(search.out()).get("total").asLong(), "index = database");
        assertEquals(studies, s.get("writeUps").asLong(), "every stored study came with its write-up, whole");
        assertEquals(s.get("changeSeq").asLong(), s.get("indexChangeSeq").asLong());

        CliRun rest = CliRun.run(data, concat(dbArgs, concat(new String[] {"import"}, paths.toArray(String[]::new))));
        assertEquals(0, rest.exitCode(), rest.toString());
        CliRun all = CliRun.run(data, concat(dbArgs, "search", "*", "--json", "--limit", "1"));
        assertEquals(ARTICLES, StudyJson.MAPPER.readTree(all.out()).get("total").asInt(), "re-running the import completes it");
    }

    /**
     * The same through the bulk path (records without a write-up: on PostgreSQL their studies
     * and children go in with COPY inside each batch's transaction): after the kill every
     * stored study is whole (both authors, its provenance, its change-log entry).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.clinicite.core.testing.TestDatabases#kinds")
    void bulkImportKilledLeavesWholeStudies(String kind) throws Exception {
        DatabaseConfig config = "h2".equals(kind) ? DatabaseConfig.embedded(data) : TestDatabases.postgres();
        List<String> db = "h2".equals(kind) ? List.of() : List.of("--db-url", config.jdbcUrl());
        int perFile = 250;
        List<String> paths = writeRisFiles(perFile);
        int started = importKilledMidway(db, paths);
        assertTrue(started >= KILL_AFTER_FILES && started < paths.size(), "killed mid-way, after " + started + " files");

        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
                Statement st = c.createStatement()) {
            long studies = count(st, "select count(*) from study");
            assertTrue(studies > 0 && studies < (long) perFile * paths.size(), "studies before the kill: " + studies);
            assertEquals(0, count(st, "select count(*) from study s where (select count(*) from authorship a "
                    + "where a.study_id = s.id) <> 2 or (select count(*) from provenance p where p.study_id = s.id) <> 1 "
                    + "or not exists (select 1 from change_log l where l.study_id = s.id)"), "studies not whole");
            assertEquals(studies * 2, count(st, "select count(*) from authorship"));
            assertEquals(studies, count(st, "select count(*) from provenance"));
        }
        String[] dbArgs = db.toArray(String[]::new);
        CliRun search = CliRun.run(data, concat(dbArgs, "search", "*", "--json", "--limit", "1"));
        CliRun stats = CliRun.run(data, concat(dbArgs, "stats", "--json"));
        JsonNode s = StudyJson.MAPPER.readTree(stats.out());
        assertEquals(s.get("studies").asLong(), StudyJson.MAPPER.readTree(search.out()).get("total").asLong(),
                "index = database");

        CliRun rest = CliRun.run(data, concat(dbArgs, concat(new String[] {"import"}, paths.toArray(String[]::new))));
        assertEquals(0, rest.exitCode(), rest.toString());
        CliRun all = CliRun.run(data, concat(dbArgs, "search", "*", "--json", "--limit", "1"));
        assertEquals(perFile * paths.size(), StudyJson.MAPPER.readTree(all.out()).get("total").asInt(),
                "re-running the import completes it");
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** RIS files of distinct invented papers, each with two authors: more than one batch per file. */
    private List<String> writeRisFiles(int perFile) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int f = 0; f < ARTICLES / 2; f++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < perFile; i++) {
                int n = f * perFile + i;
                b.append("TY  - JOUR\nTI  - A cohort study of sleep and mood, number ").append(n)
                        .append("\nAU  - Doe").append(n).append(", Jane\nAU  - Roe").append(n).append(", John")
                        .append("\nPY  - 2020\nJO  - Journal of Test Medicine\nDO  - 10.1000/kill.").append(n)
                        .append("\nER  - \n\n");
            }
            Path p = files.resolve(String.format("papers-%03d.ris", f));
            Files.writeString(p, b.toString());
            paths.add(p.toString());
        }
        return paths;
    }

    /**
     * Runs {@code clinicite import PATHS} in a child JVM, kills it once it has started
     * {@link #KILL_AFTER_FILES} files, and returns how many it had started.
     */
    private int importKilledMidway(List<String> db, List<String> paths) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.clinicite.cli.Main", "--data-dir", data.toString()));
        cmd.addAll(db);
        cmd.add("import");
        cmd.addAll(paths);
        Process child = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int started = waitForFiles(child);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        return started;
    }

    /** Reads the child's progress lines until it has started KILL_AFTER_FILES files. */
    private static int waitForFiles(Process child) throws IOException {
        int started = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while (started < KILL_AFTER_FILES && (line = err.readLine()) != null) {
                if (line.startsWith("importing ")) {
                    started++;
                }
            }
        }
        return started;
    }

    /** Distinct news write-ups about distinct (invented) studies, in the manner of the seed article. */
    private List<String> writeArticles() throws IOException {
        String[] substances = {"psilocybin", "MDMA", "ketamine", "esketamine", "LSD", "sertraline"};
        String[] conditions = {"depression", "PTSD", "anxiety disorders", "alcohol use disorder", "anorexia nervosa"};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String sub = substances[i % substances.length];
            String cond = conditions[i % conditions.length];
            int total = 20 + i;
            int responders = 5 + i % 15;
            String text = String.join("\n",
                    "Example Health News",
                    "",
                    "Trial number " + (i + 1) + " tests " + sub + " for " + cond,
                    "",
                    "by Test Writer",
                    "March " + (1 + i % 28) + ", 2021",
                    "",
                    "A new randomized, placebo-controlled trial, published in the Journal of Test Medicine, examined "
                            + sub + " in adults with " + cond + ".",
                    "",
                    "After 12 weeks, " + responders + " of " + total + " participants responded to the treatment.",
                    "",
                    "The study, \u201cA randomized trial of " + sub + " for " + cond + ", number " + (i + 1)
                            + "\u201d, was authored by Jane Doe" + i + " and John Roe" + i + ".",
                    "");
            Path f = files.resolve(String.format("article-%03d.txt", i));
            Files.writeString(f, text);
            paths.add(f.toString());
        }
        return paths;
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
