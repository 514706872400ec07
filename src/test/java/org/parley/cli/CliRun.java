package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in the test's process. */
final class CliRun {
    private CliRun() {
    }

    /** The standard output of a command that must succeed (its error output is the failure's message). */
    static String ok(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parley.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString();
    }
}
