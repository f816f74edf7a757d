package org.clinicite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinicite.search.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite reindex}: rebuild the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database (the system of record).")
final class ReindexCommand implements Callable<Integer> {
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
            SyncReport r = SearchSupport.rebuild(app, spec.commandLine().getErr());
            if (json) {
                Json.print(out, Json.tree(r));
            } else {
                out.println("reindexed " + r.indexed() + " studies (change sequence " + r.toSeq() + ")");
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
