package org.parley.event;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actor.Gazetteer;
import org.parley.actor.NameFolding;
import org.parley.model.ActorKind;

/**
 * Finds places as news names them: a capitalised name after "in", "at", "visit(ed)", "arrived in" ("in the Saudi
 * city of Jeddah" gives Jeddah), not inside another quote, not a month, a body or an actor other than a state, and not
 * the scene of a war ("the war in Ukraine"). The one nearest the trigger wins, one after it counting half. Stateless.
 */
final class PrepositionPlaceFinder implements PlaceFinder {
    private static final Pattern PLACE = Pattern.compile(
            "(?<![\\p{L}])(?:in|at|visit|visited|visiting|arrived in|to visit)\\s+(?:the\\s+)?([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2})");
    /** "in the Saudi city of Jeddah": the kinds of place after which "of" names it. */
    private final Pattern placeOf;
    /** "the war in Ukraine": a scene of what is talked about. */
    private final Pattern notPlaceContext;
    /** Capitalised words that are no place: months, weekdays, determiners, bodies. */
    private final Set<String> notPlaces;

    PrepositionPlaceFinder(EventRules rules) {
        this.placeOf = Pattern.compile("\\s+(?:" + rules.words("place-kinds")
                + ") of\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)");
        this.notPlaceContext = Pattern.compile("\\b(?:" + rules.words("scene-nouns") + ")\\s+(?:in|at)\\s+(?:the\\s+)?$",
                Pattern.CASE_INSENSITIVE);
        this.notPlaces = rules.wordSet("not-places");
    }

    @Override
    public Place place(SentenceView v, int ts, int te, Clause w) {
        ArticleView a = v.article;
        String body = a.body;
        Matcher m = PLACE.matcher(v.text());
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            int at = v.start() + m.start(1);
            String name = m.group(1);
            String rule = Reasons.PLACE_NAMED;
            Matcher of = placeOf.matcher(body).region(v.start() + m.end(1), v.end());
            if (of.lookingAt()) {
                name = of.group(1); // "in the Saudi city of Jeddah": Jeddah
                rule = Reasons.PLACE_CITY_OF;
            }
            String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
            boolean possessive = name.endsWith("'s") || name.endsWith("’s");
            if (notPlaces.contains(first) || a.quoted(at) != a.quoted(ts) || possessive || at < w.left() || at > w.right()
                    || notPlaceContext.matcher(body.substring(v.start(), at)).find()) {
                continue;
            }
            boolean isActor = a.actorsIn(v.start(), v.end()).stream().anyMatch(x -> x.start() <= at && at < x.end()
                    && x.actor().kind() != ActorKind.STATE);
            if (isActor) {
                continue;
            }
            int distance = at >= te ? at - te : (ts - at) * 2;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new Place(canonicalPlace(a.gazetteer, name), rule);
            }
        }
        return best;
    }

    private static String canonicalPlace(Gazetteer gazetteer, String name) {
        for (Gazetteer.NameEntry e : gazetteer.lookup(NameFolding.key(name))) {
            if (e.actor().kind() == ActorKind.STATE && e.kind() == Gazetteer.NameKind.NAME) {
                return e.actor().name();
            }
        }
        return name;
    }
}
