package org.parley.event;

/** The pass that finds where an event happened: a place named in its clause, never one of its actors. */
interface PlaceFinder {
    /**
     * A place and why.
     *
     * @param name the place, as the gazetteer names it when it is a state ("Türkiye" for "Turkey")
     * @param rule the id of the way it was found ({@link Reasons})
     */
    record Place(String name, String rule) {
    }

    /** The place nearest a trigger {@code [ts, te)} inside a clause, or {@code null}. */
    Place place(SentenceView s, int ts, int te, Clause within);
}
