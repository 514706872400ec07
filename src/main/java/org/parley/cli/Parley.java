package org.parley.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code parley} command: turns a folder of news articles into a searchable timeline of
 * diplomatic events.
 */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        version = "parley 0.1.0",
        description = "Turns news articles into searchable timelines of diplomatic events.",
        subcommands = {
                BuildCommand.class,
                IndexCommand.class,
                RenderCommand.class,
                SearchCommand.class,
                ExtractCommand.class,
                TimexCommand.class,
                EvalCommand.class,
                ServeCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Parley implements Runnable {
    /** Everything went well. */
    public static final int OK = 0;
    /** Some inputs failed and were skipped; the rest was done. */
    public static final int SOME_FAILED = 1;
    /** The command was used wrongly; nothing was done. */
    public static final int USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given writers and returns its exit code; what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Parley());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose");
            if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("parley: " + ex.getMessage());
                if (verbose) {
                    ex.printStackTrace(commandLine.getErr());
                }
                return USAGE;
            }
            commandLine.getErr().println("parley: internal error: " + ex
                    + (verbose ? "" : " (run again with --verbose for the stack trace)"));
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 3;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
