package org.parley.index;

import java.nio.file.Path;

/**
 * The folder holds an index laid out otherwise (an earlier Parley's): writing to it would mix two layouts, so the run
 * leaves it alone and tells the user, in one line, how to go on.
 */
public final class IndexFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexFormatException(Path dir) {
        super("index " + dir + " was written by an earlier Parley in another layout; move it away (or delete it) "
                + "and index the articles again");
    }
}
