package org.clinicite.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinicite.core.db.ChangeLog;
import org.clinicite.core.db.StudyRepository;
import org.clinicite.core.json.StudyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite stats}: what the database holds and where. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of studies and write-ups, and where they are stored.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON output")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = AppContext.of(global, root.global)) {
            ObjectNode n = StudyJson.MAPPER.createObjectNode();
            app.database().run(s -> {
                StudyRepository repo = new StudyRepository(s);
                n.put("studies", repo.countStudies());
                n.put("writeUps", repo.countWriteUps());
            });
            n.put("changeSeq", new ChangeLog(app.database().dataSource()).head());
            n.put("indexChangeSeq", SearchSupport.indexSeq(app));
            n.put("database", app.dbConfig().displayUrl());
            n.put("dataDir", app.dataDir().toString());
            if (json) {
                Json.print(out, n);
            } else {
                n.fields().forEachRemaining(e -> out.printf("%-15s %s%n", e.getKey() + ":", e.getValue().asText()));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
