package org.clinicite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input of the issue: one-line error naming the file, the contract's exit code, nothing stored. */
class BadInputTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private void assertNothingStored() throws Exception {
        CliRun stats = CliRun.run(data, "stats", "--json");
        assertEquals(0, stats.exitCode(), stats.toString());
        JsonNode n = StudyJson.MAPPER.readTree(stats.out());
        assertEquals(0, n.get("studies").asInt());
        assertEquals(0, n.get("writeUps").asInt());
    }

    private static void assertOneLineError(CliRun r, String fileName, String reason) {
        String first = r.err().lines().filter(l -> l.contains(fileName + ":")).findFirst().orElse("");
        assertTrue(first.contains(reason), "expected '" + reason + "' in: " + r);
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r);
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(files.resolve("empty.txt"));
        CliRun r = CliRun.run(data, "import", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertOneLineError(r, "empty.txt", "empty file");
        assertNothingStored();
    }

    @Test
    void binaryFile() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Path f = Files.write(files.resolve("photo.jpg"), bytes);
        CliRun r = CliRun.run(data, "import", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertOneLineError(r, "photo.jpg", "photo.jpg");
        assertNothingStored();
    }

    @Test
    void textThatIsNotANewsArticle() throws Exception {
        Path f = Files.writeString(files.resolve("shopping.txt"), "eggs\nmilk\nbread\n");
        CliRun r = CliRun.run(data, "import", f.toString(), "--format", "news");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertOneLineError(r, "shopping.txt", "not a news article");
        assertNothingStored();
    }

    @Test
    void missingPathDoesNotStopTheOtherFiles() throws Exception {
        CliRun r = CliRun.run(data, "import", files.resolve("nope.txt").toString(), SharedData.psypostArticle().toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertOneLineError(r, "nope.txt", "no such file");
        assertTrue(r.out().contains("1 added"), r.toString());
    }

    @Test
    void unknownFormat() throws Exception {
        CliRun r = CliRun.run(data, "import", SharedData.psypostArticle().toString(), "--format", "docx");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("unknown format 'docx'") && r.err().contains("news"), r.toString());
        assertNothingStored();
    }

    @Test
    void databaseThatDoesNotAnswer() {
        CliRun r = CliRun.run(data, "--db-url", "jdbc:postgresql://127.0.0.1:9/none?connectTimeout=2",
                "import", SharedData.psypostArticle().toString());
        assertEquals(ExitCodes.IO, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("clinicite: cannot connect to jdbc:postgresql://127.0.0.1:9/none"), r.toString());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r);
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun r = CliRun.run(data, "--db-url", "jdbc:postgresql://127.0.0.1:9/none?connectTimeout=2", "--verbose",
                "stats");
        assertEquals(ExitCodes.IO, r.exitCode());
        assertTrue(r.err().contains("\tat "), r.toString());
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCodes.USAGE, CliRun.runRaw("frobnicate").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.runRaw().exitCode());
        CliRun r = CliRun.run(data, "search", "substnce:mdma");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("substance"), "suggests the nearest field: " + r);
        CliRun show = CliRun.run(data, "show", "12345");
        assertEquals(ExitCodes.USAGE, show.exitCode(), show.toString());
    }
}
