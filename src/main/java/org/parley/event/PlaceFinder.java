package org.parley.event;

/** The pass that finds where an event happened: a place named in its clause, never one of its actors. */
interface PlaceFinder {
    /**
     * The place nearest a trigger {@code [ts, te)} inside a clause, as the gazetteer names it when it is a state
     * ("Türkiye" for "Turkey"), or {@code null}.
     */
    String place(SentenceView s, int ts, int te, Clause within);
}
