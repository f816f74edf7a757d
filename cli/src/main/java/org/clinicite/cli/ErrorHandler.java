package org.clinicite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.clinicite.citation.CitationException;
import org.clinicite.citation.UnknownStyleException;
import org.clinicite.core.db.DatabaseException;
import org.clinicite.core.vocab.VocabularyException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions to the contract's exit codes with a one-line message on stderr; the
 * stack trace only with {@code --verbose}. Anything unexpected is a bug: exit 70 with
 * the trace, never hidden.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int INTERNAL = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code = exitCode(ex);
        err.println("clinicite: " + message(ex));
        if (code == INTERNAL || verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static int exitCode(Exception ex) {
        if (ex instanceof UsageException || ex instanceof UnknownStyleException
                || ex instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof BadInputException || ex instanceof CitationException || ex instanceof VocabularyException) {
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof DatabaseException || ex instanceof IOException || ex instanceof UncheckedIOException) {
            return ExitCodes.IO;
        }
        return INTERNAL;
    }

    private static String message(Exception ex) {
        if (exitCode(ex) == INTERNAL) {
            return "internal error (a bug, please report it): " + ex;
        }
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return ex instanceof UnknownStyleException ? m : m.lines().findFirst().orElse(m);
    }

    private static boolean verbose(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
