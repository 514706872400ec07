package org.parley.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * One person written in full by one outlet and shortened by another: "Abdul Halim" and "Abdul Halim Mu'adzam
 * Shah", "Nguyen Phu Trong" and "Secretary Nguyen Phu Trong" are different actor ids for one person. Two persons
 * are taken for one when the words of the shorter id, at least two of them, stand together and in order in the
 * longer one; a single word ("Ibrahim" of "Anwar Ibrahim" and "Sultan Ibrahim") is never enough.
 *
 * <p>The merger and the index's blocks ({@code MergeBlocks}) find such names through {@link #pairKeys}: every two
 * neighbouring words of a person's id, which a shorter form of the name shares with the full one.
 */
public final class PersonNames {
    private PersonNames() {
    }

    /** Whether two actors are one person named at two lengths (or by the same id). */
    public static boolean sameName(Actor a, Actor b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        if (a.kind() != ActorKind.PERSON || b.kind() != ActorKind.PERSON) {
            return false;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        return shorter.size() >= 2 && Collections.indexOfSubList(longer, shorter) >= 0;
    }

    /**
     * The keys a person is found under by a shorter or fuller form of the name: "abdul-halim", "halim-mu", ... Written
     * as ids are, so that a name of two words is keyed by its own id and costs no key more; a pair that happens to
     * be another actor's id only brings a candidate that {@link #sameName} then turns down.
     */
    public static List<String> pairKeys(Actor a) {
        if (a.kind() != ActorKind.PERSON) {
            return List.of();
        }
        List<String> w = words(a);
        List<String> keys = new ArrayList<>(Math.max(0, w.size() - 1));
        for (int i = 0; i + 1 < w.size(); i++) {
            keys.add(w.get(i) + "-" + w.get(i + 1));
        }
        return keys;
    }

    private static List<String> words(Actor a) {
        return Arrays.asList(a.id().split("-+"));
    }
}
