package org.clinicite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes, before or after the command name. */
public final class GlobalOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (database, index, user vocabulary). Default: $CLINICITE_DATA or ~/.clinicite")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "Database URL, e.g. jdbc:postgresql://host/db?user=u. Default: $CLINICITE_DB_URL, "
                    + "else an H2 file database in the data directory")
    String dbUrl;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors")
    boolean verbose;
}
