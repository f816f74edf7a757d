package org.clinicite.cli;

import picocli.CommandLine;

/** Entry point of the {@code clinicite} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(Clinicite.commandLine().execute(args));
    }
}
