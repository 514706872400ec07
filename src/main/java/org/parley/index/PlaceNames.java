package org.parley.index;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parley.actor.Gazetteer;
import org.parley.actor.Gazetteer.NameEntry;
import org.parley.actor.Gazetteer.NameKind;
import org.parley.actor.NameFolding;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Turns a place into the keys the index finds it by, so that {@code --place Turkey} finds events that
 * took place in "Türkiye": the place's own key, and when the gazetteer knows it as a state's name, the
 * keys of that state's canonical name and other names, folded as {@link ActorNames#key} folds actors'.
 *
 * <p>Only a state's names are joined, never its capitals and seats ("Ankara", "the Kremlin"), which the
 * gazetteer keeps as names of the same actor: a place filter stays exact, so {@code --place Türkiye} does
 * not find an event in Ankara, nor {@code --place Ankara} one somewhere else in Türkiye.
 */
final class PlaceNames {
    private final Gazetteer gazetteer;

    private static final class Standard {
        static final PlaceNames INSTANCE = new PlaceNames(Gazetteer.standard());
    }

    PlaceNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Names from the gazetteer Parley ships; loaded on first use. */
    static PlaceNames standard() {
        return Standard.INSTANCE;
    }

    /** Every key a place is found by; its own {@link ActorNames#key} first. */
    Set<String> keys(String place) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ActorNames.key(place));
        for (NameEntry e : gazetteer.lookup(NameFolding.key(place))) {
            Actor state = e.actor();
            if (e.kind() != NameKind.NAME || state.kind() != ActorKind.STATE) {
                continue;
            }
            keys.add(ActorNames.key(state.name()));
            for (String alias : state.aliases()) {
                if (isOwnName(alias, state)) {
                    keys.add(ActorNames.key(alias));
                }
            }
        }
        keys.remove("");
        return Collections.unmodifiableSet(keys);
    }

    /** Whether a name stands for the state itself, not for its capital or seat of government. */
    private boolean isOwnName(String name, Actor state) {
        return gazetteer.lookup(NameFolding.key(name)).stream()
                .anyMatch(e -> e.kind() == NameKind.NAME && e.actor().id().equals(state.id()));
    }
}
