package org.clinicite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: global options and the subcommands of the contract. */
@Command(name = "clinicite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A structured database of clinical studies and the news write-ups that cover them.",
        subcommands = {ImportCommand.class, ExtractCommand.class, SearchCommand.class, ShowCommand.class,
            CiteCommand.class, ExportCommand.class, SummarizeCommand.class, CoverageCommand.class, ServeCommand.class, ReindexCommand.class, StatsCommand.class, StylesCommand.class, VocabCommand.class,
            WarmupCommand.class, CommandLine.HelpCommand.class})
public final class Clinicite implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The configured command line: exit codes and one-line errors as the contract says. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Clinicite());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }
}
