package org.parley.cli;

/** A mistake in how the command was called: shown as one line, exit code 2, no stack trace. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
