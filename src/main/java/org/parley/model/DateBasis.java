package org.parley.model;

/** Where an event's date came from, so a reader knows how far to trust it. */
public enum DateBasis {
    /** A time expression in the event's own clause. */
    TEXT,
    /** Carried over from the sentences around the event. */
    CONTEXT,
    /** From an earlier dated event the text points back to ("the January call"). */
    ANAPHOR,
    /** Nothing better was found: the article's publication date, shown as such. */
    PUBLICATION,
    /** No date at all. */
    NONE
}
