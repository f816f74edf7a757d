package org.clinicite.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicite.core.vocab.Vocabulary;

/** The known importers, by id, and format detection over them (in order: specific formats first). */
public final class Importers {
    /** The value of {@code --format} that asks for detection. */
    public static final String AUTO = "auto";
    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every importer clinicite ships, reading terms with this vocabulary. */
    public static Importers standard(Vocabulary vocabulary) {
        return new Importers(StandardImporters.create(vocabulary));
    }

    public List<Importer> all() {
        return importers;
    }

    public Optional<Importer> byId(String id) {
        return importers.stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }

    /** "news, pubmed, ..." for messages. */
    public String ids() {
        return importers.stream().map(Importer::id).collect(Collectors.joining(", "));
    }

    /** The first importer that recognises the file. */
    public Optional<Importer> detect(Path file) throws IOException {
        for (Importer i : importers) {
            if (i.isRecognizedFormat(file)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
