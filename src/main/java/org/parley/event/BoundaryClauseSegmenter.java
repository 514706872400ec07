package org.parley.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.ActorMention;
import org.parley.model.Sentence;

/**
 * Cuts clauses at the sentence's boundaries (conjunctions, relative pronouns, semicolons, "said" before its
 * content), keeps a relative clause closed before the trigger as a part to skip, and ends a participle's phrase at
 * its comma ("The talks, hosted by Fidan at the palace, came a day after"). Stateless.
 */
final class BoundaryClauseSegmenter implements ClauseSegmenter {
    private static final Pattern NO_PLANS = Pattern.compile("(?i)\\bno (?:plans?|intention|intentions)\\b(?:\\s+\\w+){0,2}\\s+to\\s+$");
    private static final Pattern ANYONE = Pattern.compile(
            "(?i)\\b(?:anyone|anybody|whoever|those|any (?:country|state|company|companies|person|one))\\s+(?:who|that|which)\\b");
    private static final Pattern IF_CLAUSE = Pattern.compile("(?i)\\b(?:if|unless)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}$");
    private static final Pattern COORDINATED_OBJECT = Pattern.compile("(?:,\\s*)?\\band\\s+(?:(?:with|then)\\s+)?(?:the\\s+)?");

    private final PlaceFinder places;

    BoundaryClauseSegmenter(PlaceFinder places) {
        this.places = places;
    }

    @Override
    public Clause clauseOf(SentenceView v, TriggerMatch t, boolean said) {
        Sentence s = v.sentence;
        String body = v.article.body;
        int ts = t.start();
        int te = t.end();
        int left = s.start();
        int right = s.end();
        int skipStart = -1;
        int skipEnd = -1;
        for (SentenceView.Boundary b : v.boundaries()) {
            int bs = b.start();
            int be = b.end();
            if (be <= ts) {
                int comma = body.indexOf(',', be);
                if (b.relative() && comma > 0 && comma < ts && bs - 2 >= s.start() && body.charAt(bs - 2) == ',') {
                    skipStart = bs;
                    skipEnd = comma;
                    continue;
                }
                left = be;
            } else if (bs >= te && bs < right) {
                right = bs;
                break;
            }
        }
        Matcher relative = ClauseWords.CLOSED_RELATIVE.matcher(s.text());
        while (relative.find()) {
            int rs = s.start() + relative.start();
            int re = s.start() + relative.end() - 1;
            if (rs < ts && te <= re && re < right) {
                right = re; // "Blinken, who met Netanyahu and Arab ministers in Amman, is due to visit Ankara": the clause ends
            }
        }
        return new Clause(left, said ? te : right, skipStart, skipEnd);
    }

    @Override
    public Clause clauseOf(SentenceView v, TriggerMatch t, boolean said, int split, boolean second) {
        Clause w = clauseOf(v, t, said);
        if (split > 0 && !second) {
            w = w.endingAt(split);
        }
        String body = v.article.body;
        if (t.rule().verb() && ClauseWords.REDUCED_PASSIVE.matcher(body).region(t.end(), w.right()).lookingAt()) {
            int comma = body.indexOf(',', t.end());
            if (comma > 0 && comma < w.right()) {
                w = w.endingAt(comma); // "The talks, hosted by Fidan at the palace, came a day after ...": the participle's phrase
            }
        }
        return w;
    }

    @Override
    public int secondHappening(SentenceView v, TriggerMatch t) {
        if (!t.rule().verb() || !v.article.rules.has(t.rule().type(), EventRules.Trait.SPLITTABLE)) {
            return -1;
        }
        int te = t.end();
        Clause w = clauseOf(v, t, false);
        Matcher and = COORDINATED_OBJECT.matcher(v.article.body).region(te, w.right());
        while (and.find()) {
            int at = and.start();
            int second = and.end();
            boolean firstObject = v.parties.stream().anyMatch(m -> m.start() >= te && m.end() <= at);
            boolean secondObject = v.parties.stream().anyMatch((ActorMention m) -> m.start() == second);
            if (!firstObject || !secondObject) {
                continue;
            }
            PlaceFinder.Place one = places.place(v, t.start(), te, new Clause(te, at, -1, -1));
            PlaceFinder.Place two = places.place(v, second, second, new Clause(second, w.right(), -1, -1));
            if (one != null && two != null && !one.name().equalsIgnoreCase(two.name())) {
                return second;
            }
        }
        return -1;
    }

    @Override
    public boolean tellsNone(SentenceView v, TriggerMatch t, Clause w) {
        String body = v.article.body;
        int ts = t.start();
        String clause = body.substring(w.left(), ts);
        if (NO_PLANS.matcher(body.substring(Math.max(w.left(), ts - 40), ts)).find()) {
            return true; // "had no plans yet to speak with Trump": nothing planned, nothing held
        }
        if (ANYONE.matcher(body.substring(Math.max(v.start(), w.left() - 20), ts)).find() || IF_CLAUSE.matcher(clause).find()) {
            return true; // "anyone who provided support would face sanctions", "if Russia accepted": no one, nothing yet
        }
        return t.rule().verb() && t.rule().frame().topic()
                && ClauseWords.PASSIVE.matcher(clause).find()
                && !ClauseWords.REDUCED_PASSIVE.matcher(body).region(t.end(), v.end()).lookingAt();
        // "the choice of the people will not be discussed": a topic, not talks
    }
}
