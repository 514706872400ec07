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

    /** Exit code of an internal error (a bug, or a failure of the machine), as of inputs that failed. */
    public static final int INTERNAL = SOME_FAILED;

    @Option(names = {"--debug", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an internal error.")
    boolean debug;

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

    /**
     * What a run that ran out of heap says: no stack trace, the heap it had, and the two ways out. The limits of
     * ingest and of the pipeline bound what one article costs, but not below what a small heap can hold.
     */
    static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "parley: out of memory (the Java heap allows " + mb + " MB): give Java more (JAVA_TOOL_OPTIONS=-Xmx1g)"
                + " or lower --max-file-size and --max-article-length; what was committed before stays in the index";
    }

    /**
     * Runs the command line with the given writers and returns its exit code; what tests call.
     *
     * <p>Only a {@link UsageException} (or picocli's own parse errors) is the user's mistake, exit 2; anything
     * else thrown is Parley's, reported as an internal error with a pointer to {@code --debug}, exit 1. A first
     * word that is no command is rejected before any option is read, so "parley serach --index index" does not
     * end up in the options of {@code index}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Parley());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = false;
            for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
                debug |= p.hasMatchedOption("--debug"); // inherited: given after any of the commands
            }
            if (ex instanceof UsageException) {
                commandLine.getErr().println("parley: " + ex.getMessage());
                return USAGE;
            }
            commandLine.getErr().println("parley: internal error: " + ex
                    + (debug ? "" : " (run again with --debug for the stack trace)"));
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return INTERNAL;
        });
        String misuse = FirstWord.check(args, cl);
        int code;
        if (misuse != null) {
            err.println("parley: " + misuse);
            if (args.length == 0) {
                cl.usage(err);
            }
            code = USAGE;
        } else {
            try {
                code = cl.execute(args);
            } catch (OutOfMemoryError e) {
                err.println(outOfMemory());
                if (java.util.Arrays.asList(args).contains("--debug")) {
                    e.printStackTrace(err);
                }
                code = INTERNAL;
            }
        }
        out.flush();
        err.flush();
        return code;
    }
}
