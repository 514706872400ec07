package org.parley.event;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateBasis;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;
import org.parley.text.RequiredLiterals;

/**
 * Dates an event takes from outside its own clause, once every sentence of an article has been read: a gap from
 * another event ("three days after"), a naming of an earlier event ("after a meeting", "the January call"), the
 * event told at the same time ("at the meeting", "the same day"), the sentences before (CONTEXT), and, for a story
 * of its own day, the day its lead tells of or (flagged) the publication day. Kept apart from the reading of one
 * sentence because every rule here looks at the whole article's events.
 */
final class ReferenceDates {
    /** "at the meeting", "as the talks began", "the same day": the time of an event told before. */
    static final Pattern AT_EVENT = Pattern.compile(
            "\\b(?:(?:at|during|in)\\s+(?:the|that|this|their|its)|as\\s+(?:the|their))\\s+(?:[\\p{L}-]+\\s+)?(meeting|call|talks|visit|summit|conversation|phone call|ceremony)\\b"
                    + "|\\b(?:the same day|later that day|that day|hours later|hours earlier|minutes later|shortly afterwards?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "three days after", "less than a day after": a gap from another event, not a date of its own. */
    static final Pattern RELATIVE_GAP = Pattern.compile(
            "(?i)\\b(?:(?:less|more) than )?(a|an|one|two|three|four|five|six|seven|several|\\d+) (day|days|week|weeks)(?: \\w+)? (after|before|later|earlier)");
    /** How many sentences after the dateline make the lead. */
    private static final int LEAD_SENTENCES = 4;
    /** How long a paragraph of the story is at least: shorter ones are bylines, stamps and menu entries. */
    private static final int STORY_PARAGRAPH = 60;
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven");
    private static final Pattern COMING_DAYS = Pattern.compile("(?i)\\b(?:in|over|within) the (?:coming|next few) days\\b");

    private final AnnotatedArticle article;
    private final String body;
    private final List<Sentence> sentences;
    /** "had previously said", "once shared": the words that make an event background. */
    private final Pattern background;
    /** "had severed", "had also recalled": the past perfect right before a trigger. */
    private final Pattern pastPerfect;
    /** What ties a past perfect to the story: a verb of saying before it, or "where", "after", "that" ... */
    private final Pattern perfectTies;
    private final LocalDate published;
    private final EventRules rules;

    ReferenceDates(AnnotatedArticle article, AnalyzedText text, LocalDate published, EventRules rules) {
        this.article = article;
        this.body = text.text();
        this.sentences = text.sentences();
        this.background = Pattern.compile("(?i)\\b(?:" + rules.words("background-words") + ")\\b(?!\\s+(?:"
                + rules.words("repeat-words") + ")\\b)(?:\\s+[\\p{L}-]+){0,2}\\s+$");
        this.pastPerfect = Pattern.compile("(?i)\\bhad(?:\\s+(?:also|already|long|just|never|not|been|\\p{L}+ly)){0,2}\\s+$");
        this.perfectTies = Pattern.compile("(?i)\\b(?:" + rules.words("perfect-ties") + "|" + rules.words("reporting-verbs") + ")\\b");
        this.published = published;
        this.rules = rules;
    }

    /**
     * Dates that come from elsewhere: "after a meeting" (ANAPHOR), a noun pointing back to a dated event of its
     * type, the sentence before (CONTEXT), and, for articles that tell their own day's news, the publication date.
     */
    void dateByReference(List<Candidate> all) {
        for (Candidate c : all) {
            if (c.date.basis() == DateBasis.NONE) {
                gapDate(all, c);
            }
        }
        for (Candidate c : all) {
            if (c.date.basis() != DateBasis.NONE) {
                continue;
            }
            String st = c.sentence.text();
            for (Map.Entry<EventType, Pattern> e : rules.nouns.entrySet()) {
                Matcher m = RequiredLiterals.matcher(e.getValue(), st);
                if (m.find() && nearestBefore(all, c, c.sentence.start() + m.start())) {
                    Candidate anchor = anchor(all, c, e.getKey(), false);
                    if (anchor != null) {
                        c.date(new EventDate(after(anchor.date.value()), DateBasis.ANAPHOR, m.group().trim()), Reasons.DATE_AFTER_NAMED);
                        break;
                    }
                }
            }
        }
        for (Candidate c : all) {
            if (c.date.basis() != DateBasis.NONE) {
                continue;
            }
            Matcher at = RequiredLiterals.matcher(AT_EVENT, c.sentence.text());
            if (at.find()) {
                EventType type = at.group(1) == null ? null
                        : at.group(1).toLowerCase(Locale.ROOT).matches("call|conversation|phone call") ? EventType.CALL : EventType.MEET;
                Candidate anchor = null;
                for (Candidate o : all) {
                    boolean typeFits = type == null || o.type == type || type == EventType.MEET && o.type == EventType.NEGOTIATE;
                    if (o != c && typeFits && o.date.basis() != DateBasis.NONE && o.date.value().isAnchored()
                            && o.sentence.index() <= c.sentence.index()
                            && (anchor == null || o.sharesActor(c) || !anchor.sharesActor(c))) {
                        anchor = o; // the latest one before, preferring one with a party in common
                    }
                }
                if (anchor != null) {
                    c.date(new EventDate(anchor.date.value(), DateBasis.ANAPHOR, at.group().trim()), Reasons.DATE_AT_EVENT);
                }
            }
        }
        for (Candidate c : all) {
            if (c.date.basis() == DateBasis.NONE && !c.verb) {
                Candidate anchor = anchor(all, c, c.type, true);
                if (anchor != null) {
                    c.date(new EventDate(anchor.date.value(), DateBasis.ANAPHOR, anchor.date.text()), Reasons.DATE_SAME_PARTIES);
                }
            }
        }
        for (Candidate c : all) {
            if (c.date.basis() == DateBasis.NONE && !background(c)) {
                EventDate context = context(all, c);
                boolean ahead = c.mode == EventMode.PLANNED || c.mode == EventMode.HYPOTHETICAL;
                if (context != null && ahead && context.value().latest().isBefore(published)) {
                    context = null; // a plan is not dated by what happened before it was made
                }
                if (context != null) {
                    c.date(context, Reasons.DATE_CONTEXT);
                }
            }
        }
        for (Candidate c : all) {
            if (c.date.basis() == DateBasis.NONE && c.mode == EventMode.PLANNED && COMING_DAYS.matcher(c.sentence.text()).find()) {
                LocalDate from = published.plusDays(1);
                String week = String.format(Locale.ROOT, "%d-W%02d", from.get(IsoFields.WEEK_BASED_YEAR),
                        from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                c.date(new EventDate(new TimeValue(TimexType.DATE, week, null, from, published.plusDays(7)), DateBasis.TEXT,
                        "in the coming days"), Reasons.DATE_COMING_DAYS);
            }
        }
        boolean ownDay = tellsItsOwnDay(all);
        EventDate lead = ownDay ? leadDay(all) : null;
        for (Candidate c : all) {
            if (c.date.basis() == DateBasis.NONE && background(c)) {
                c.otherRules.add(Reasons.DATE_BACKGROUND);
                if (c.type == EventType.STATEMENT && c.needsOwnDate) {
                    c.statementWorthy = false; // "had previously said": no statement of the story, and no day to give it
                }
                continue; // background told without its own date: neither the story's day nor the publication day
            }
            if (c.type == EventType.STATEMENT && c.needsOwnDate && c.date.basis() == DateBasis.NONE && lead != null) {
                c.date(lead, Reasons.DATE_LEAD); // a story of one day: what its people said without a date was said that day
            }
            if (c.type == EventType.STATEMENT && c.needsOwnDate && c.date.basis() != DateBasis.TEXT
                    && c.date.basis() != DateBasis.CONTEXT) {
                c.statementWorthy = false;
            }
            boolean happened = c.mode != EventMode.PLANNED && c.mode != EventMode.HYPOTHETICAL;
            if (c.date.basis() == DateBasis.NONE && lead != null && happened) {
                c.date(lead, Reasons.DATE_LEAD);
            }
            if (c.date.basis() == DateBasis.NONE && ownDay && happened) {
                c.date(new EventDate(new TimeValue(TimexType.DATE, published.toString(), null, published, published),
                        DateBasis.PUBLICATION, null), Reasons.DATE_PUBLICATION);
            }
        }
    }

    /**
     * Whether an event is background, told from before the story's day: "previously", "once", "formerly" right before
     * its trigger in its clause ("had previously visited", "once shared"), or the past perfect of the narrative ("had
     * severed ties"), not of what someone said ("said that Kyiv had proposed") or of a clause tied to the story's
     * happening ("where the two leaders had met").
     */
    private boolean background(Candidate c) {
        int ts = c.triggerStart;
        int from = Math.min(ts, Math.max(c.left, ts - 60));
        if (background.matcher(body).region(from, ts).find()) {
            return true;
        }
        // the past perfect of the narrative: "Malaysia had severed ties", not "said he and Xi had agreed"
        return pastPerfect.matcher(body).region(from, ts).find()
                && !perfectTies.matcher(body).region(c.sentence.start(), ts).find();
    }

    /**
     * "X came three days after Y spoke by phone": Y is dated by X's date less the gap; "X struck on Saturday,
     * less than a day after Y signed" likewise.
     */
    private void gapDate(List<Candidate> all, Candidate c) {
        Matcher g = RequiredLiterals.matcher(RELATIVE_GAP, c.sentence.text());
        if (!g.find() || c.sentence.start() + g.end() > c.triggerStart) {
            return;
        }
        int at = c.sentence.start() + g.start();
        Candidate anchor = null;
        for (Candidate o : all) {
            boolean before = o.sentence.index() < c.sentence.index() || o.sentence == c.sentence && o.triggerStart < at;
            if (o != c && before && o.date.basis() != DateBasis.NONE && o.date.value().isAnchored()
                    && o.date.value().widthInDays() == 1) {
                anchor = o;
            }
        }
        if (anchor == null) {
            return;
        }
        String n = g.group(1).toLowerCase(Locale.ROOT);
        int days = n.matches("\\d+") ? Integer.parseInt(n) : Math.max(1, NUMBERS.indexOf(n));
        if (g.group(2).startsWith("week")) {
            days *= 7;
        }
        // "X came three days after Y spoke": Y is X less three days; "Three days later they signed": the anchor plus three
        String word = g.group(3).toLowerCase(Locale.ROOT);
        boolean earlier = word.equals("after") || word.equals("earlier");
        LocalDate d = earlier ? anchor.date.value().earliest().minusDays(days) : anchor.date.value().earliest().plusDays(days);
        c.date(new EventDate(new TimeValue(TimexType.DATE, d.toString(), null, d, d), DateBasis.ANAPHOR, g.group()), Reasons.DATE_GAP);
    }

    /** Whether an event's trigger is the last one before an offset of its sentence ("rejected ... after a meeting"). */
    private boolean nearestBefore(List<Candidate> all, Candidate c, int at) {
        if (c.triggerStart >= at) {
            return false;
        }
        for (Candidate o : all) {
            if (o != c && o.sentence == c.sentence && o.triggerStart > c.triggerStart && o.triggerStart < at) {
                return false;
            }
        }
        return true;
    }

    /** A dated event of a type that an undated one refers to: sharing a party when {@code sameParties}. */
    private Candidate anchor(List<Candidate> all, Candidate c, EventType type, boolean sameParties) {
        Candidate found = null;
        int count = 0;
        for (Candidate o : all) {
            if (o == c || o.type != type || o.date.basis() != DateBasis.TEXT || !o.date.value().isAnchored()) {
                continue;
            }
            if (sameParties && !o.sharesActor(c)) {
                continue;
            }
            if (c.mode == EventMode.ASSERTED && (o.mode == EventMode.PLANNED || o.mode == EventMode.HYPOTHETICAL)) {
                continue; // "after the talks" points to talks held, not to a visit still to come
            }
            if (o.sentence.index() == c.sentence.index() && !sameParties) {
                continue;
            }
            count++;
            if (found == null || referenceDistance(o, c) < referenceDistance(found, c)) {
                found = o;
            }
        }
        return sameParties && count > 1 ? null : found;
    }

    /** How far back an event is from a reference to it; one told later is a worse fit ("after the talks"). */
    private int referenceDistance(Candidate o, Candidate c) {
        int d = c.sentence.index() - o.sentence.index();
        return d >= 0 ? d : 100 - d;
    }

    private EventDate context(List<Candidate> all, Candidate c) {
        int idx = c.sentence.index();
        for (int back = 1; back <= 3; back++) {
            for (Candidate o : all) {
                boolean ahead = o.mode == EventMode.PLANNED || o.mode == EventMode.HYPOTHETICAL;
                boolean happened = c.mode != EventMode.PLANNED && c.mode != EventMode.HYPOTHETICAL;
                if (o.sentence.index() == idx - back && (o.date.basis() == DateBasis.TEXT || o.date.basis() == DateBasis.ANAPHOR)
                        && o.sharesActor(c) && !(ahead && happened)) { // a plan's day does not date what has happened
                    return new EventDate(o.date.value(), DateBasis.CONTEXT, o.date.text());
                }
            }
        }
        // the same paragraph, with no paragraph break between
        // the latest date before the sentence and after the paragraph's start, looked for backwards
        int paragraphStart = body.lastIndexOf('\n', c.sentence.start() - 1);
        List<TimeExpression> times = article.times();
        for (int i = ArticleView.firstStartingAt(times, TimeExpression::start, c.sentence.start()) - 1; i >= 0; i--) {
            TimeExpression t = times.get(i);
            if (t.start() <= paragraphStart) {
                break;
            }
            boolean later = t.value().isAnchored() && t.value().earliest().isAfter(published);
            boolean happened = c.mode != EventMode.PLANNED && c.mode != EventMode.HYPOTHETICAL;
            if (later && happened) {
                continue; // "due to visit on Monday": a day to come does not date what has happened
            }
            if (t.end() <= c.sentence.start() && t.value().isAnchored() && t.value().type() == TimexType.DATE) {
                return new EventDate(t.value(), DateBasis.CONTEXT, t.text());
            }
        }
        return null;
    }

    /**
     * The day the article's lead tells of, when it is within three days before its narrative day; else null. The lead
     * is the first sentences of the story after its dateline (scraped pages put menus, captions and time stamps before
     * it), of paragraphs long enough to be the story's (a byline's or a stamp's date is none): the first of their days
     * that has come is the day of the happening the story tells; failing one, the day of an event of the first
     * sentences with events.
     */
    private EventDate leadDay(List<Candidate> all) {
        int storyStart = article.article().dateline().end();
        int read = 0;
        List<TimeExpression> times = article.times();
        for (Sentence s : sentences) {
            if (s.end() <= storyStart || paragraphLength(s.start()) < STORY_PARAGRAPH) {
                continue;
            }
            if (++read > LEAD_SENTENCES) {
                break;
            }
            for (int i = ArticleView.firstStartingAt(times, TimeExpression::start, s.start()); i < times.size()
                    && times.get(i).start() < s.end(); i++) {
                TimeExpression t = times.get(i);
                TimeValue v = t.value();
                if (t.start() >= storyStart && v.type() == TimexType.DATE && v.isAnchored() && v.widthInDays() == 1
                        && !v.earliest().isAfter(published) && published.toEpochDay() - v.earliest().toEpochDay() <= 3) {
                    return new EventDate(v, DateBasis.CONTEXT, t.text());
                }
            }
        }
        return leadEventDay(all);
    }

    /** The length of the paragraph that holds an offset. */
    private int paragraphLength(int at) {
        int from = body.lastIndexOf('\n', at) + 1;
        int to = body.indexOf('\n', at);
        return (to < 0 ? body.length() : to) - from;
    }

    /** The day of an event of the first sentences with events after the dateline, within three days of publication. */
    private EventDate leadEventDay(List<Candidate> all) {
        int storyStart = article.article().dateline().end();
        int sentences = 0;
        int last = -1;
        for (Candidate o : all) {
            if (o.sentence.end() <= storyStart) {
                continue;
            }
            if (o.sentence.index() != last) {
                last = o.sentence.index();
                sentences++;
            }
            if (sentences > LEAD_SENTENCES) {
                break;
            }
            TimeValue v = o.date.value();
            if (o.mode == EventMode.PLANNED || o.mode == EventMode.HYPOTHETICAL || v != null && v.isAnchored() && v.earliest().isAfter(published)) {
                continue; // a lead about a plan tells no day on which things happened
            }
            if (o.date.basis() == DateBasis.TEXT && v.isAnchored() && v.widthInDays() == 1
                    && Math.abs(v.earliest().toEpochDay() - published.toEpochDay()) <= 3) {
                return new EventDate(v, DateBasis.CONTEXT, o.date.text());
            }
        }
        return null;
    }

    /** Whether the article tells the news of its own day: its latest explicit day or month is within a week of publication. */
    private boolean tellsItsOwnDay(List<Candidate> all) {
        LocalDate latest = null;
        for (TimeExpression t : article.times()) {
            TimeValue v = t.value();
            if (v.isAnchored() && v.type() == TimexType.DATE && v.widthInDays() <= 31 && !v.latest().isAfter(published)
                    && (latest == null || v.latest().isAfter(latest))) {
                latest = v.latest();
            }
        }
        return latest == null || published.toEpochDay() - latest.toEpochDay() <= 7;
    }

    /**
     * The time just after an anchor: after "the end of 2023" is the start of 2024; after a month, the month that
     * follows; after a day, the two weeks that follow.
     */
    static TimeValue after(TimeValue anchor) {
        String v = anchor.value();
        if (v.matches("\\d{4}")) {
            int y = Integer.parseInt(v);
            boolean end = anchor.mod() == TimexMod.END || anchor.latest().getMonthValue() == 12 && anchor.earliest().getMonthValue() >= 7;
            if (end) {
                return new TimeValue(TimexType.DATE, String.valueOf(y + 1), TimexMod.START,
                        LocalDate.of(y + 1, 1, 1), LocalDate.of(y + 1, 4, 30));
            }
            return new TimeValue(TimexType.DATE, v, TimexMod.AFTER, anchor.earliest(), anchor.latest());
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            LocalDate next = anchor.latest().plusDays(1);
            return new TimeValue(TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", next.getYear(), next.getMonthValue()),
                    null, next, next.withDayOfMonth(next.lengthOfMonth()));
        }
        LocalDate from = anchor.latest().plusDays(1);
        return new TimeValue(TimexType.DATE, v, TimexMod.AFTER, from, from.plusDays(13));
    }
}
