package org.parley.model;

/**
 * Something that went wrong with one input, for the run's report: the file, what was wrong, and what
 * Parley did about it. A problem never stops a run.
 *
 * @param source the file (and line, where there is one) the problem is in
 * @param what   what is wrong, in words a user can act on
 * @param action what Parley did: "skipped", "skipped line 7", "read as Windows-1252"
 */
public record Problem(String source, String what, String action) {
    public Problem {
        Checks.text(source, "problem source");
        Checks.text(what, "problem description");
        action = action == null ? "skipped" : action;
    }

    @Override
    public String toString() {
        return source + ": " + what + " (" + action + ")";
    }
}
