package org.parley.model;

/**
 * An event's date as a reader sees it: words at the date's own precision and the machine form for
 * {@code <time datetime>}, with a second part for ranges ("2023 – 2024").
 *
 * @param label         the words, e.g. "late 2023", "week of 5 February 2024"; "undated" when there is none
 * @param datetime      the value for {@code <time datetime>} ("2023", "2024-01", "2024-W06", "2024-02-12"), or
 *                      {@code null} when undated
 * @param endLabel      the words of a range's end, or {@code null}
 * @param endDatetime   the machine form of a range's end, or {@code null}
 * @param earliest      first possible day as ISO text, or {@code null}
 * @param latest        last possible day as ISO text, or {@code null}
 * @param span          whether the date covers more than one day, so it is drawn as a span, not a point
 * @param width         a class naming how wide it is: day, week, month, season, year or years
 * @param note          where the date came from when a reader should know ("publication date"), or {@code null}
 */
public record DateView(String label, String datetime, String endLabel, String endDatetime, String earliest,
                       String latest, boolean span, String width, String note) {

    /** Whether it is written as one {@code <time>} element: a date that is neither a range nor undated. */
    public boolean single() {
        return endLabel == null && datetime != null;
    }

    /** The whole date as plain text, for exports and titles. */
    public String text() {
        return endLabel == null ? label : label + " – " + endLabel;
    }
}
