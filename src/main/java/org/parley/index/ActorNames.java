package org.parley.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.actor.NameFolding;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.DataFile;

/**
 * Turns the names an actor goes by into the keys the index matches on, so that "Sullivan",
 * "Jake Sullivan" and "mr. sullivan" find the same actor in any case and with or without accents.
 *
 * <p>The words dropped before a name (titles, honorifics) live in {@code data/index/honorifics.txt}.
 */
public final class ActorNames {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> HONORIFICS = load("data/index/honorifics.txt");

    private ActorNames() {
    }

    /**
     * The key of a name: folded as the actor stage folds names ({@link NameFolding}), accents and punctuation gone,
     * leading titles dropped ("Mr. Sullivan" -> "sullivan"); the unstripped words when nothing but titles is left.
     */
    public static String key(String name) {
        // the actor stage's folding after the accents are gone, so that search meets extraction: dotless and dotted i,
        // typographic quotes and dashes fold alike on both sides ("Kılıçdaroğlu" is found by "Kilicdaroglu")
        String folded = NameFolding.fold(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""));
        List<String> words = new ArrayList<>(Arrays.asList(NON_WORD.split(folded.trim())));
        words.removeIf(String::isEmpty);
        int first = 0;
        while (first < words.size() - 1 && HONORIFICS.contains(words.get(first))) {
            first++;
        }
        return String.join(" ", words.subList(first, words.size()));
    }

    /** Every key an actor is found by: its id, name and aliases, and a person's surname. */
    public static Set<String> keys(Actor actor) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(actor.id().toLowerCase(Locale.ROOT));
        add(keys, actor.name());
        actor.aliases().forEach(a -> add(keys, a));
        if (actor.kind() == ActorKind.PERSON) {
            String name = key(actor.name());
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                keys.add(name.substring(space + 1));
            }
        }
        return keys;
    }

    private static void add(Set<String> keys, String name) {
        String k = key(name);
        if (!k.isEmpty()) {
            keys.add(k);
        }
    }

    private static Set<String> load(String file) {
        return Set.copyOf(DataFile.resource(file).words());
    }
}
