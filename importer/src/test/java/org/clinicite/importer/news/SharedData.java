package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared sample data: the system property {@code clinicite.shared.data}
 * (surefire sets it to {@code <repo>/../shared/data}), else {@code ../../shared/data}
 * from the importer module. A missing file fails the test: these files are part of the
 * project's contract, never optional.
 */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        String prop = System.getProperty("clinicite.shared.data");
        Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "..", "shared", "data");
        return dir.toAbsolutePath().normalize();
    }

    static Path file(String relative) {
        Path f = dir().resolve(relative);
        assertTrue(Files.isRegularFile(f), "shared data file missing: " + f);
        return f;
    }

    static Path psyPost() {
        return file("news/psypost-mdma-ptsd-2020.txt");
    }
}
