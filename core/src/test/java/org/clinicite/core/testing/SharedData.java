package org.clinicite.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared sample inputs ({@code ../shared/data}); tests fail if they are missing. */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        String prop = System.getProperty("clinicite.shared.data");
        Path p = prop != null && !prop.startsWith("${") ? Path.of(prop) : Path.of("../../shared/data");
        if (!Files.isDirectory(p)) {
            p = Path.of("../shared/data");
        }
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared sample data not found (looked at " + prop
                    + ", ../../shared/data, ../shared/data)");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        Path f = dir().resolve(relative);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("missing shared sample file " + f);
        }
        return f;
    }

    /** The example everything must handle end to end. */
    public static Path psypostArticle() {
        return file("news/psypost-mdma-ptsd-2020.txt");
    }
}
