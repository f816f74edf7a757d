package org.clinicite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinicite.server.AppServices;
import org.clinicite.server.ClinicServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clinicite serve}: the web page and JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page and the JSON API (OpenAPI description at /api/openapi.json).",
            "Import over HTTP is off unless a token is given (--import-token or $CLINICITE_IMPORT_TOKEN)."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Clinicite root;
    @Mixin
    GlobalOptions global;
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port. Default: 8080 (0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: 127.0.0.1")
    String host;

    @Option(names = "--import-token", paramLabel = "TOKEN", description = "Allow POST /api/import with this bearer token")
    String token;

    @Override
    public Integer call() throws Exception {
        String importToken = token != null ? token : System.getenv("CLINICITE_IMPORT_TOKEN");
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = AppContext.of(global, root.global);
                AppServices services = AppServices.open(app.database(), app.vocabulary(), app.indexDir())) {
            ClinicServer server = ClinicServer.start(services, host, port, importToken);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            err.println("clinicite: serving http://" + host + ":" + server.port() + "/ (import "
                    + (importToken == null ? "off" : "on, with the token") + "); Ctrl-C stops");
            err.flush();
            server.awaitStop();
        }
        return ExitCodes.OK;
    }
}
