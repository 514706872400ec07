package org.parley.index;

import java.nio.file.Path;

/** Another run holds the index for writing: this run must not touch it, and tells the user so in one line. */
public final class IndexInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexInUseException(Path dir, Throwable cause) {
        super("index " + dir + " is in use by another run", cause);
    }
}
