package org.parley.cli;

import picocli.CommandLine.Command;

/** Scores Parley against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Parley against gold data.",
        subcommands = {EvalTimexCommand.class, EvalEventsCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
