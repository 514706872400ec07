package org.parley.render;

/**
 * A run of text with one set of marks, what a template writes as one element (or as plain text).
 *
 * @param text     the characters, escaped by the template
 * @param css      the classes of the marks covering it, space-separated, or {@code null} for plain text
 * @param href     the link of an actor mark, relative to the site root, or {@code null}
 * @param datetime the value of a date mark, or {@code null}
 * @param title    a tooltip, or {@code null}
 * @param after    a link written after this run (an event's page after its sentence), or {@code null}
 * @param afterText the words of that link
 */
public record Piece(String text, String css, String href, String datetime, String title, String after,
                    String afterText) {
    /** Whether the piece is plain text, with no element around it. */
    public boolean plain() {
        return css == null && href == null && datetime == null;
    }

    /** Whether the piece is a date that links nowhere, written as {@code <time>}. */
    public boolean time() {
        return href == null && datetime != null;
    }

    /** Whether the piece is marked but neither a link nor a date, written as {@code <mark>}. */
    public boolean marked() {
        return css != null && href == null && datetime == null;
    }
}
