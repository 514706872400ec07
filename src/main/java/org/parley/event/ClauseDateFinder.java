package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DateBasis;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;

/**
 * Dates an event by the nearest time expression of its clause that is its own: not in a quote the trigger is not
 * in, not a wire dateline, not a report's day ("an official said on Sunday"), not in a relative clause, not the
 * date of a second verb or of what the event comes "ahead of"; a named event takes only a date next to it ("the
 * January call"). A weekday told for a happening that is past or to come is moved to the right week. Stateless.
 */
final class ClauseDateFinder implements DateFinder {
    /** Words between a naming of an event and its own date: "the invasion, which began on Feb. 24, 2022". */
    private static final Pattern OWN_START = Pattern.compile(
            "(?i),\\s*(?:which|that)\\s+(?:began|started|took place|happened|was launched)\\s+(?:on|in)?\\s*");
    private static final Pattern COMING_WEEKDAY = Pattern.compile("(?i)(?:on |next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    private static final Pattern PAST_WEEKDAY = Pattern.compile("(?i)(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    /** "since" right before a date: the start of a span, not a day of saying. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");
    /** The words that open a sentence with the setting of what follows: "On Tuesday, ...", "At a dinner on Wednesday, ...". */
    private static final Pattern FRONTED = Pattern.compile(
            "(?i)\\s*(?:on|at|in|during|after|before|by|late|early|earlier|later|speaking|following|while|last|this)\\b");
    /** Words that open a clause of its own between a date and a verb of saying: "..., after Erdogan called". */
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:after|when|as|while|before|because|since|and|but|where|which|who|that)\\b");
    /** A noun in lower case right after a date: "election" of "the February election". */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(\\p{Ll}[\\p{L}-]*)");
    /** A verb's past form in lower case: "signed", "agreed". */
    private static final Pattern PAST_FORM = Pattern.compile("\\b\\p{Ll}{3,}ed\\b");
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)(?:that|which|who|whom|where)\\b");
    /** "ahead of the island's election in January": the date of what the event comes before, not its own. */
    private static final Pattern COORDINATION = Pattern.compile(",\\s*and\\s");
    /**
     * The words of a report right before a date ("a U.S. official said on Sunday", "in a statement on Friday"): the date
     * is the report's, not the event's. A statement signed or adopted ("signed a joint statement on Thursday") is the
     * event itself.
     */
    private static final Pattern REPORT_DATE = Pattern.compile(
            "\\b(?:said|says|told reporters|told journalists|told \\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?|announced|reported|added|(?:in|by)\\s+(?:a|an|the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?statement|statement\\s+(?:released|issued|published))\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAID_CONTENT = Pattern.compile("(?is).*\\b(?:that|he|she|it|they|we|the [a-z]+ (?:is|was|were|are))\\b.*");

    /** "ahead of the island's election in January": the date of what the event comes before, not its own. */
    private final Pattern aheadOf;
    /** A readiness ("ready to negotiate") is a stance held when it is said: the day of saying dates it. */
    private final Pattern readiness;

    /** "a bond due April 7, 1997", "the fiscal year ending March 31": the words that make a date a noun's. */
    private final Pattern nounDate;
    /** "the February election", "Israel's 1982 invasion": a determiner or a possessor before a date that names a noun's time. */
    private final Pattern determinerBefore;
    /** "will then chair", "is due to visit", "will head Thursday": a plan's words before a verb or a weekday. */
    private final Pattern planned;

    ClauseDateFinder(EventRules rules) {
        this.aheadOf = Pattern.compile("(?i)\\b(?:" + rules.words("ahead-of") + ")\\b");
        this.readiness = Pattern.compile("(?i)(?:" + rules.words("readiness") + ")\\s+to\\b");
        this.nounDate = Pattern.compile("(?i)\\b(?:" + rules.words("noun-date-words") + ")\\s+(?:on\\s+)?$");
        this.determinerBefore = Pattern.compile("(?i)(?:\\b(?:" + rules.words("determiners") + ")|\\p{L}['’]s)\\s+$");
        this.planned = Pattern.compile("(?i)\\b(?:" + rules.words("plan-words") + ")\\s");
    }

    @Override
    public Found date(SentenceView v, Question q) {
        ArticleView a = v.article;
        String body = a.body;
        TriggerMatch trig = q.trigger();
        int ts = q.start();
        int te = q.end();
        Clause w = q.within();
        boolean triggerQuoted = a.quoted(trig.start());
        List<TimeExpression> farDates = new ArrayList<>();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : a.timesIn(v.start(), v.end())) {
            if (a.quoted(t.start()) && !triggerQuoted || a.dateline.covers(t.start(), t.end()) || ReferenceDates.RELATIVE_GAP.matcher(t.text()).find()) {
                continue;
            }
            if (ofAnotherNoun(a, t, v, ts)) {
                continue; // "since being declared the winner in the February election": February is the election's
            }
            if (w.skipStart() >= 0 && t.start() >= w.skipStart() && t.end() <= w.skipEnd()) {
                continue; // "Putin, who had proposed the talks on May 11, did not travel": May 11 is the proposal's
            }
            Matcher gap = ReferenceDates.RELATIVE_GAP.matcher(body).region(Math.min(t.end(), ts), ts);
            if (t.end() <= ts && gap.find()) {
                continue; // "struck on Saturday, less than a day after X signed": Saturday is not X's day
            }
            String before = body.substring(Math.max(v.start(), t.start() - 30), t.start());
            boolean stance = readiness.matcher(body.substring(ts, te)).lookingAt()
                    || trig.rule().verb() && a.rules.has(trig.rule().type(), EventRules.Trait.DATED_WHEN_SAID);
            if (trig.rule().type() != EventType.STATEMENT && !stance && REPORT_DATE.matcher(before).find()) {
                continue; // "a U.S. official said on Sunday" dates the report, not the event
            }
            if (!q.predicate()) {
                // a noun's own date stands next to it: "the January call", "talks in Geneva on Monday"
                boolean near = t.start() >= te ? t.start() - te <= 45 && (!body.substring(te, t.start()).contains(",")
                        || OWN_START.matcher(body.substring(te, t.start())).matches())
                        : ts - t.end() <= 20;
                if (!near) {
                    farDates.add(t);
                    continue;
                }
            }
            if (q.said() && t.start() >= te && !saidWhen(a, te, t.start())) {
                continue; // a date in what was said is not the date of saying it
            }
            if (q.said() && t.end() <= ts && saidBefore(v, t, ts)) {
                continue; // "Putin will visit China this week, the ministry said Tuesday": this week is what was said
            }
            if (t.start() >= te && aheadOf.matcher(body.substring(te, t.start())).find()) {
                continue;
            }
            if (q.predicate() && t.start() >= te && otherVerbBefore(v, te, t.start())) {
                continue; // "spoke with Zelensky for an hour, a call Zelensky described on Saturday as long": Saturday is the describing's
            }
            if (q.predicate() && !q.said() && t.start() >= w.right() && w.right() < v.end()
                    && CLAUSE_WORD.matcher(body).region(w.right(), v.end()).lookingAt()) {
                continue; // "resume the talks that Beijing cut off in August 2022": August is the cut-off's
            }
            int distance = t.start() >= te ? t.start() - te : ts - t.end();
            if (t.end() <= ts && COORDINATION.matcher(body.substring(t.end(), ts)).find()) {
                distance += 500; // "talks in March 2022, and helped broker the deal in July 2022": March is the talks'
            }
            if (t.start() < w.left() || t.end() > w.right()) {
                distance += 1000;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = t;
            }
        }
        if (best != null && bestDistance >= 1000 && ReferenceDates.AT_EVENT.matcher(body.substring(v.start(), ts)).find()) {
            // "At that meeting they agreed to an exchange, which was carried out in late May": the meeting's date
            return new Found(EventDate.none(), false, null);
        }
        if (best == null && !farDates.isEmpty()) {
            TimeExpression far = farDates.get(0);
            return found(a, far, new EventDate(far.value(), DateBasis.TEXT, far.text()), true, Reasons.DATE_IN_SENTENCE, q);
        }
        if (best == null) {
            return new Found(EventDate.none(), false, null);
        }
        return found(a, best, new EventDate(best.value(), DateBasis.TEXT, best.text()), false, Reasons.DATE_OWN_WORDS, q);
    }

    private Found found(ArticleView a, TimeExpression t, EventDate d, boolean far, String rule, Question q) {
        EventDate moved = notInTheFuture(a.rules, a.published, d, q, plannedBefore(a, q, t));
        return new Found(moved, far, moved == d ? rule : Reasons.DATE_WEEKDAY_MOVED);
    }

    /**
     * Whether a date is the time of a noun other than the trigger: between a determiner or a possessor and a noun ("the
     * February election", "the Feb. 6 earthquake", "Israel's 1982 invasion" when the invasion is not the event), or
     * after words that make it a thing's ("a bond due April 7, 1997", "the fiscal year ending March 31 1988").
     */
    private boolean ofAnotherNoun(ArticleView a, TimeExpression t, SentenceView v, int ts) {
        String body = a.body;
        int from = Math.max(v.start(), t.start() - 25);
        if (nounDate.matcher(body).region(from, t.start()).find()) {
            return true;
        }
        if (!determinerBefore.matcher(body).region(from, t.start()).find()) {
            return false;
        }
        Matcher noun = NOUN_AFTER.matcher(body).region(t.end(), Math.min(v.end(), t.end() + 40));
        return noun.lookingAt() && noun.start(1) != ts;
    }

    /**
     * Whether a plan's words stand in the clause before the trigger or the date: "will then chair a session on Friday
     * before traveling to Cambodia", "will head Thursday to Beijing", "is due to visit Palawan on Tuesday for a meeting".
     */
    private boolean plannedBefore(ArticleView a, Question q, TimeExpression t) {
        int to = Math.max(q.trigger().start(), t.start());
        int from = Math.min(to, q.within().left());
        Matcher m = planned.matcher(a.body).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        // "will receive a grant under an agreement signed here Saturday": a past form between says the day is past
        return last >= 0 && (t.start() <= last || !PAST_FORM.matcher(a.body).region(last, t.start()).find());
    }

    /**
     * A weekday after publication for something that has happened ("had been prepared in a call on Saturday")
     * is the weekday before it: a report cannot tell a happening that is still to come; unless a plan's words in its
     * clause ({@code plannedWords}: "will then chair a session on Friday") say it is, though the mode pass took it as
     * held, so that the time stage's reading of the weekday as the one to come stands. A weekday before publication
     * for a plan ("said he would travel on Wednesday") is the one to come.
     */
    private static EventDate notInTheFuture(EventRules rules, LocalDate published, EventDate d, Question q, boolean plannedWords) {
        TimeValue v = d.value();
        EventMode mode = q.mode();
        EventType type = q.trigger().rule().type();
        boolean happened = (mode == EventMode.ASSERTED || mode == EventMode.NEGATED || mode == EventMode.DENIED) && !plannedWords;
        if (mode == EventMode.PLANNED && rules.has(type, EventRules.Trait.MOVABLE) && v != null && v.isAnchored() && v.widthInDays() == 1
                && v.latest().isBefore(published) && d.text() != null && COMING_WEEKDAY.matcher(d.text()).matches()) {
            LocalDate day = v.earliest().plusDays(7); // "said he would travel on Wednesday": the Wednesday to come
            return new EventDate(new TimeValue(v.type(), day.toString(), v.mod(), day, day), d.basis(), d.text());
        }
        if (!happened || v == null || !v.isAnchored() || v.widthInDays() != 1 || !v.earliest().isAfter(published)
                || d.text() == null || !PAST_WEEKDAY.matcher(d.text()).matches()) {
            return d;
        }
        LocalDate day = v.earliest().minusDays(7);
        return new EventDate(new TimeValue(v.type(), day.toString(), v.mod(), day, day), d.basis(), d.text());
    }

    /**
     * Whether another trigger stands between a trigger's end and a date after it, not joined to it by "and" (a verb
     * of its own: "a call Zelensky described on Saturday"; "met and signed on Tuesday" share the Tuesday).
     */
    private static boolean otherVerbBefore(SentenceView v, int te, int dateStart) {
        for (TriggerMatch t : v.triggers) {
            if (t.start() >= te && t.end() <= dateStart && t.rule().verb()
                    && !ClauseWords.AND_SAID.matcher(v.article.body.substring(te, t.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date before a verb of saying belongs to another clause than the saying: to what was said before it
     * ("Putin will make a visit this week, the ministry said Tuesday"), to a clause joined by ", and" ("Since 2022,
     * Vietnam has pursued ties with all powers, and Thuong said"), or to the span a "since" opens. A date opening the
     * sentence before its comma ("On Tuesday, the ministry said") is the saying's.
     */
    private static boolean saidBefore(SentenceView v, TimeExpression t, int ts) {
        String body = v.article.body;
        String between = body.substring(t.end(), ts);
        if (COORDINATION.matcher(between).find() || SINCE.matcher(body).region(Math.max(v.start(), t.start() - 8), t.start()).find()) {
            return true;
        }
        int comma = between.lastIndexOf(',');
        // "..., the ministry said": only the speaker between the comma and the verb; "..., after Erdogan called" is a
        // clause of its own, and "At a dinner on Wednesday evening, Xi said" opens the saying with its setting
        return comma >= 0 && !SUBORDINATE.matcher(between.substring(comma + 1)).find()
                && !FRONTED.matcher(body).region(v.datelineEnd, t.start()).lookingAt();
    }

    /** Whether the words between "said" and a date only say where and when: "said at a conference in Dubai on". */
    private static boolean saidWhen(ArticleView a, int te, int dateStart) {
        String gap = a.body.substring(te, dateStart);
        return gap.length() <= 50 && !SAID_CONTENT.matcher(gap).matches() && a.actorsIn(te, dateStart).isEmpty();
    }
}
