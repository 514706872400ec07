package org.parley.model;

import java.time.LocalDate;

/**
 * An office held between two days: "National Security Advisor, USA, 2021-01-20..2025-01-20".
 *
 * @param title   the office, e.g. "National Security Advisor"
 * @param country ISO 3166 alpha-3 code of the state or organisation it serves, or {@code null}
 * @param from    first day in office, or {@code null} when unknown
 * @param to      last day in office, or {@code null} while still held or unknown
 */
public record Role(String title, String country, LocalDate from, LocalDate to) {
    public Role {
        Checks.text(title, "role title");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("role " + title + " ends before it starts: " + from + ".." + to);
        }
    }

    /** Whether the office was held on a day; an open end counts as held. */
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
