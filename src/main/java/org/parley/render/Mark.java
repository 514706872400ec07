package org.parley.render;

/**
 * A span of a text to mark on a page: a trigger word, an actor's name, a date, an event's sentence.
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param kind     what it is: {@code trigger}, {@code actor}, {@code time} or {@code event}
 * @param href     where it links to (relative to the site's root), or {@code null}
 * @param datetime the {@code <time datetime>} value of a date, or {@code null}
 * @param title    a tooltip ("CALL, January 2024"), or {@code null}
 */
public record Mark(int start, int end, String kind, String href, String datetime, String title) {
}
