package org.parley.actor;

import java.util.Set;

/**
 * The word lists that tell a company's or another body's name from the persons and states inside it: words that make a
 * run of capitalised words a company ("Corp", "Bank", "Airlines"), capitalised words that may stand before a state's
 * name and leave it the state ("Communist China"), and those that may follow it ("U.S. Congress").
 *
 * <p>Why lists rather than a recogniser: business wires name companies after states and founders ("Air France",
 * "Ford Canada", "Dean Foods Co"), and a false state or person makes false events; what marks the company is a
 * short, closed set of words, kept in {@code data/actors/} where an editor can extend them. Immutable.
 *
 * @param companyWords   folded words that make a capitalised run a company's name
 * @param stateModifiers folded capitalised words that may come before a state's name
 * @param stateBodies    folded capitalised words that may come after a state's name
 * @param shortWords     folded names of four letters or fewer that are also words or given names ("chad")
 */
record NameLists(Set<String> companyWords, Set<String> stateModifiers, Set<String> stateBodies, Set<String> shortWords) {
    private static final String BASE = "/parley/data/actors/";

    NameLists {
        companyWords = Set.copyOf(companyWords);
        stateModifiers = Set.copyOf(stateModifiers);
        stateBodies = Set.copyOf(stateBodies);
        shortWords = Set.copyOf(shortWords);
    }

    /** The lists Parley ships. */
    static NameLists standard() {
        return new NameLists(GazetteerActorResolver.readWords(BASE + "company-words.txt"),
                GazetteerActorResolver.readWords(BASE + "state-modifiers.txt"),
                GazetteerActorResolver.readWords(BASE + "state-bodies.txt"),
                GazetteerActorResolver.readWords(BASE + "short-words.txt"));
    }
}
