package org.parley.model;

import java.util.Objects;

/**
 * A span of text that names an actor ("Mr. Sullivan", "Washington", "the Kremlin owner").
 *
 * @param start offset of the first character in the article body
 * @param end   offset after the last character
 * @param text  the words themselves
 * @param actor who they name
 * @param role  the office the text gives at this mention ("Kremlin spokesman"), or {@code null}
 */
public record ActorMention(int start, int end, String text, Actor actor, String role) {
    public ActorMention {
        Checks.span(start, end, "actor mention '" + text + "'");
        Objects.requireNonNull(actor, () -> "actor mention '" + text + "' names no actor");
    }
}
