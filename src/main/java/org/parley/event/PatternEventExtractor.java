package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.actor.Gazetteer;
import org.parley.model.ActorMention;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Sentence;

/**
 * Finds events as an engine of named passes over each sentence's {@link SentenceView}: attribution, triggers,
 * clauses, roles, mode, place and date, then the steps that settle a sentence's events between themselves, complete
 * them from the events told before, and date them by reference once the whole article is read.
 *
 * <p>Why passes: each decision (why this actor is the target, why this date) is made in one place with its own
 * tests and can be explained to an editor; the words each pass looks for live in {@code data/events/}. A sentence
 * that the page cut off gives no event, a "said" is an event only with a setting or a date of its own, and the
 * publication date is used only as a flagged last resort for articles that tell the news of their own day.
 * Stateless, so thread-safe.
 */
public final class PatternEventExtractor implements EventExtractor {
    private static final Pattern LINK_LIST = Pattern.compile(
            "(?i)\\s*(?:related(?:\\s+(?:coverage|stories|posts|articles|news))?|read more|see also|more from [\\p{L} ]{1,30}|recommended)\\s*:");
    /** A sentence opening with a naming of an event told before: "During the call, ...". */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?is)\\s*(?:(?:however|but|meanwhile|earlier|later|also|then),?\\s+)?(?:during|in|at|after|on)\\s+(?:the|that|this)\\s+(?:[\\p{L}-]+\\s+)?");

    private final Gazetteer gazetteer;
    private final EventRules rules;
    private final AttributionFinder attributions;
    private final TriggerSpotter triggers;
    private final PlaceFinder places;
    private final ClauseSegmenter clauses;
    private final RoleAssigner roles;
    private final ModeReader modes;
    private final DateFinder dates;
    private final SameSentenceEvents sameSentence;
    private final HappeningMerger merger = new HappeningMerger();

    /** An extractor that knows the shipped gazetteer's news media and place names. */
    public PatternEventExtractor() {
        this(Gazetteer.standard());
    }

    /** An extractor over a gazetteer (for its media and place names). */
    public PatternEventExtractor(Gazetteer gazetteer) {
        this(gazetteer, EventRules.standard());
    }

    /** An extractor over a gazetteer and rules, for instance the shipped ones with a user's folder added. */
    public PatternEventExtractor(Gazetteer gazetteer, EventRules rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.attributions = new SourceAttributionFinder(rules);
        this.triggers = new RuleTriggerSpotter(rules.triggers);
        this.places = new PrepositionPlaceFinder(rules);
        this.clauses = new BoundaryClauseSegmenter(places);
        this.roles = new SlotRoleAssigner(rules);
        this.modes = new CueModeReader(rules);
        this.dates = new ClauseDateFinder(rules);
        this.sameSentence = new SameSentenceEvents(rules);
    }

    @Override
    public List<Event> extract(AnnotatedArticle article, AnalyzedText text) {
        return merger.merge(reports(article, text));
    }

    /** Every report of an event, one per sentence and type, before the reports of one happening are joined. */
    List<Event> reports(AnnotatedArticle article, AnalyzedText text) {
        ArticleView a = new ArticleView(article, text, gazetteer, rules);
        EarlierEvents earlier = new EarlierEvents(a.body, rules);
        List<Candidate> all = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (LINK_LIST.matcher(s.text()).lookingAt()) {
                continue; // "Related coverage: ..." lists headlines of other stories, not this one's events
            }
            List<TriggerMatch> found = triggers.spot(s);
            if (found.isEmpty()) {
                continue;
            }
            boolean cutOff = isCutOff(s);
            SentenceView v = SentenceView.of(a, s, attributions.find(a, s), found);
            for (Candidate c : sentence(v)) {
                if (cutOff && !ClauseWords.inClosedRelativeClause(s, c.triggerStart)) {
                    continue; // a sentence the page cut off may have lost the words that make it true
                }
                earlier.bothSides(c, all);
                earlier.hostOfTalksToldBefore(c, all);
                all.add(c);
            }
        }
        new ReferenceDates(article, text, a.published, rules).dateByReference(all);
        List<Event> events = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type == EventType.STATEMENT && !c.statementWorthy) {
                continue;
            }
            if (c.participants.isEmpty()) {
                continue;
            }
            events.add(c.toEvent(article.article(), rules));
        }
        return events;
    }

    /** Whether a sentence stops mid-way, as scraped pages cut them ("...Director of the National Intelligence Service,"). */
    static boolean isCutOff(Sentence s) {
        String t = s.text().strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?\"”’'`)»".indexOf(last) < 0;
    }

    /** The events of one sentence: each trigger read by the passes, then settled with the others. */
    private List<Candidate> sentence(SentenceView v) {
        String attribution = v.attribution.source();
        String sourceRule = v.attribution.rule();
        List<Candidate> out = new ArrayList<>();
        for (TriggerMatch t : v.triggers) {
            int split = clauses.secondHappening(v, t);
            Candidate c = read(v, t, split, false);
            if (c == null) {
                continue;
            }
            if (split > 0) {
                Candidate second = read(v, t, split, true);
                if (second != null && !second.objects().isEmpty()) {
                    second.attribution = attribution;
                    second.sourceRule = sourceRule;
                    second.part = 2;
                    c.part = 1;
                    out.add(second);
                }
            }
            c.attribution = attribution;
            c.sourceRule = sourceRule;
            Candidate same = null;
            for (Candidate o : out) {
                if (o.type == c.type && o.sameHappening(c)) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(c);
            } else {
                out.set(out.indexOf(same), same.absorb(c));
            }
        }
        sameSentence.settle(v, out);
        return out;
    }

    /**
     * The event of a trigger, through the passes; when {@code split} is positive the clause tells two happenings and
     * {@code second} says which one: the objects, place and date before the split or after it.
     */
    private Candidate read(SentenceView v, TriggerMatch t, int split, boolean second) {
        ArticleView a = v.article;
        String body = a.body;
        int ts = t.start();
        int te = t.end();
        EventRules.Trigger rule = t.rule();
        String trigger = body.substring(ts, te);
        boolean said = rule.verb() && rule.frame().speechFollows();
        Clause w = clauses.clauseOf(v, t, said, split, second);
        if (clauses.tellsNone(v, t, w)) {
            return null;
        }
        boolean triggerQuoted = a.quoted(ts);
        List<ActorMention> usable = new ArrayList<>();
        for (ActorMention m : v.parties) {
            if (split > 0 && second && m.start() >= te && m.start() < split) {
                continue; // the first happening's object
            }
            if (!a.quoted(m.start()) || triggerQuoted) {
                usable.add(m);
            }
        }
        RoleAssigner.Roles r = roles.assign(v, t, w, usable);
        if (r == null) {
            return null;
        }
        ModeReader.Reading mode = modes.mode(v, t, w);
        Clause placeWindow = said ? new Clause(w.left(), v.end(), -1, -1)
                : split > 0 && second ? new Clause(split, w.right(), -1, -1) : w;
        int from = split > 0 && second ? split : te;
        PlaceFinder.Place place = rules.has(rule.type(), EventRules.Trait.PLACED) ? places.place(v, from, from, placeWindow) : null;
        if (!rule.verb() && BACK_REFERENCE.matcher(body.substring(v.start(), ts)).matches()) {
            place = null; // "During the call, Bennett asked ... in Mariupol": the main clause's place, not the call's
        }
        int dateFrom = rule.verb() ? from : Math.max(from, r.phraseEnd());
        DateFinder.Found date = dates.date(v, new DateFinder.Question(t, from == te ? ts : from, dateFrom,
                from == te ? w : placeWindow, said, rule.verb() || r.light(), mode.mode()));
        return new Candidate(t, v.sentence, trigger, w, r, mode, place, date);
    }
}
