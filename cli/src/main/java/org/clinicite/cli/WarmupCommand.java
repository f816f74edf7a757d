package org.clinicite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.clinicite.citation.CitationFormatter;
import org.clinicite.citation.OutputFormat;
import org.clinicite.core.db.Database;
import org.clinicite.core.db.DatabaseConfig;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Study;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.search.SearchOptions;
import org.clinicite.search.SearchService;
import org.clinicite.search.StudyIndex;
import picocli.CommandLine.Command;

/**
 * Hidden: loads the classes every command uses (Hibernate on a throw-away H2 database,
 * Lucene, citeproc-java) so the launcher can record a class-data-sharing archive from
 * it. Touches nothing of the user's.
 */
@Command(name = "warmup", hidden = true, description = "Load the application's classes (for the launcher's start-up archive).")
final class WarmupCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        Path tmp = Files.createTempDirectory("clinicite-warmup");
        try {
            Vocabulary vocabulary = Vocabulary.shipped();
            try (Database db = Database.open(DatabaseConfig.embedded(tmp))) {
                db.run(s -> {
                    Study study = new Study();
                    study.setTitle("Warm-up");
                    s.persist(study);
                    s.flush();
                    new StudyRepository(s).recordChange(study);
                    StudyJson.full(study);
                });
            }
            try (StudyIndex index = StudyIndex.open(tmp.resolve("index"))) {
                new SearchService(index, vocabulary).search("substance:mdma", SearchOptions.defaults());
            }
            new CitationFormatter().format(List.of(StudyJson.MAPPER.readTree(
                    "{\"id\":\"w\",\"type\":\"article-journal\",\"title\":\"Warm-up\",\"author\":[{\"family\":\"A\"}]}")),
                    "apa", OutputFormat.TEXT, "en-US");
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCodes.OK;
    }
}
