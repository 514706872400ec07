package org.parley.event;

/**
 * The clause around a trigger: where its words start and end, and a relative clause inside it whose words are not
 * the trigger's ("Blinken, who met Netanyahu on Friday, is due to visit Ankara").
 *
 * @param left      offset where the clause starts
 * @param right     offset where it ends
 * @param skipStart start of the relative clause to skip, or -1
 * @param skipEnd   end of that clause, or -1
 */
record Clause(int left, int right, int skipStart, int skipEnd) {
    /** The same clause ending elsewhere. */
    Clause endingAt(int newRight) {
        return new Clause(left, newRight, skipStart, skipEnd);
    }

    /** Whether a stretch lies inside the skipped relative clause. */
    boolean skips(int start, int end) {
        return start >= skipStart && end <= skipEnd;
    }
}
