package org.parley.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.event.Frame.Slot;
import org.parley.model.ParticipantRole;

/**
 * Gives parts by the slot each actor fills around its trigger. For a verb: the subject before it (not in a
 * prepositional phrase), the objects after it (bare or after "to", "on", "against", "with", "toward"), the agent
 * of a passive, the teller whose "that"-clause holds the verb, and the one told. For a named event: a state as its
 * modifier ("a U.S. proposal"), its possessor ("Putin's proposal"), the parties after "with", "between", "by",
 * "to", "of", and the subject of a light verb ("held talks"). Symmetric types give every object the part OTHER.
 * Stateless.
 */
final class SlotRoleAssigner implements RoleAssigner {
    private static final Pattern SAID_BEFORE = Pattern.compile("(?i)\\b(?:said|says)\\s+(?:on\\s+\\p{L}+\\s+)?(?:that\\s*)?$");
    /** "no date had yet been set for a meeting": a meeting not yet fixed, let alone held. */
    private static final Pattern NO_DATE = Pattern.compile("(?i)\\bno (?:date|time|venue)\\b[^.;]{0,40}\\bfor\\s+(?:an?|the|any)\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern DEFINITE = Pattern.compile("(?is).*\\b(?:the|that|this|their|its)\\s+$");
    private static final Pattern SPOKEN_IN = Pattern.compile("(?i)\\bin\\s+(?:an?|his|her|the|a televised|a recorded)\\s+$");
    private static final String PARTICIPLES = "(?:reached|signed|struck|brokered|held|made|agreed)";
    private static final Pattern PARTICIPLE = Pattern.compile("\\s+" + PARTICIPLES + "\\s+by\\b");
    /** "talks with", "a meeting between", "the agreements reached by": a noun's parties after it. */
    private static final Pattern WITH_PARTIES = Pattern.compile(
            "(?s)\\s+(?:" + PARTICIPLES + "\\s+)?(?:with|between|by|to)\\s+(?:the\\s+|a\\s+|[\\p{L}]+\\s+){0,3}");
    private static final Pattern OF_PARTIES = Pattern.compile("(?s)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern LISTED = Pattern.compile("(?s)\\s+(?:and|,)\\s+");
    private static final Pattern POSSESSOR_GAP = Pattern.compile("(?s)['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}");
    /** "In the January call, Mr. Sullivan told Mr. Ushakov": a sentence opening with the event it tells of. */
    private static final Pattern INITIAL_NAMING = Pattern.compile(
            "(?is)\\s*(?:\\(.*?\\)\\s*[-–—]?\\s*)?(?:(?:however|but|meanwhile|earlier|later|also|then),?\\s+)?(?:in|during|at|after|on)\\b[^,]*");
    private static final Pattern MODIFIED = Pattern.compile("(?i)\\b(?:a|an|the)\\s+$");
    /** Between two names of one list: commas, "and", and the next one's title ("and Vice President"). */
    private static final Pattern LIST_GAP = Pattern.compile("(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");
    private static final Pattern SPEAKER_GAP = Pattern.compile("(?s)\\s*(?:,\\s*who\\b[^,;]{0,80},\\s*)?,?\\s*(?:[\\p{L}]+\\s+){0,2}");
    private static final Pattern DIRECT_OBJECT_GAP = Pattern.compile("\\s*(?:the\\s+)?");
    private static final Pattern MODIFIER_GAP = Pattern.compile("[\\s-]+");
    private static final Pattern PAST_VERB = Pattern.compile("(?i)(?:\\p{L}+ed|told|met|spoke|sent|gave|made|held|struck|flew)\\b");
    /** "after Pelosi visited": a clause with a subject of its own, which the main clause's subject is not. */
    private static final Pattern SUBORDINATE_BEFORE = Pattern.compile("(?i)\\b(?:after|before|since|when|until)\\s+$");
    private static final Pattern GENERIC = Pattern.compile("(?i)\\bany\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?i)(?:\\b(?:not|never|no|without)\\b|n't)");
    private static final Pattern APPOSITIVE = Pattern.compile("(?s)\\s*,[^,;]{0,90},\\s*(?:[\\p{L}]+\\s+)?");
    private static final Pattern ING_CLAUSE = Pattern.compile("(?s)\\s*,\\s*\\p{L}+ing\\b.*");
    private static final Pattern ENDS_WITH_AND = Pattern.compile("(?s).*\\band\\s*");
    private static final Pattern NAME_BETWEEN_COMMAS = Pattern.compile("(?s)\\s*,\\s*\\p{Lu}\\p{L}+\\s+\\p{Lu}[\\p{L}-]+\\s*,.*");
    private static final Pattern POSSESSIVE_TWO_WORDS = Pattern.compile("(?s)(?:['’]s)?\\s*(?:[\\p{L}]+\\s+){0,2}");
    private static final Pattern ONLY_SPACES = Pattern.compile("\\s*");

    private final Set<String> objectPrepositions;
    private final Set<String> telling;
    private final Set<String> addressing;
    /** "held talks", "made a proposal": a light verb before a named event, the words between. */
    private final Pattern lightVerb;
    /** A naming of an event as what is proposed, sought or refused: the event has not happened. */
    private final Pattern prospectiveObject;
    /** A naming of an event that is still to come or only possible: "future negotiations". */
    private final Pattern notYet;
    /** "a date for a meeting", "the prospect of talks": a meeting that has not happened. */
    private final Pattern notHeld;

    SlotRoleAssigner(EventRules rules) {
        this.objectPrepositions = rules.wordSet("object-prepositions");
        this.telling = rules.wordSet("telling-verbs");
        this.addressing = rules.wordSet("addressing-words");
        this.lightVerb = Pattern.compile("\\b(?:" + rules.words("light-verbs")
                + ")\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:[\\p{L}-]+\\s+){0,2}|(?:[\\p{L}-]+\\s+){1,5}of\\s+)$",
                Pattern.CASE_INSENSITIVE);
        this.prospectiveObject = Pattern.compile("(?i)\\b(?:" + rules.words("seeking-verbs") + ")\\s+(?:(?:"
                + rules.words("seeking-modifiers") + ")\\s+){0,3}$");
        this.notYet = Pattern.compile("(?i)\\b(?:" + rules.words("not-yet") + ")\\s+(?:[\\p{L}-]+\\s+)?$");
        this.notHeld = Pattern.compile("(?is).*\\b(?:" + rules.words("not-held-nouns")
                + ")\\s+(?:for|of|to)\\s+(?:an?|the|any|future|possible|direct)\\s+(?:[\\p{L}-]+\\s+)?$");
    }

    /** What the reading of one trigger's parties has found so far. */
    private static final class Draft {
        final Parties parties = new Parties();
        boolean light;
        int phraseEnd;
        boolean joinedToSpeaker;

        void add(ActorMention m, ParticipantRole part) {
            parties.add(m, part);
        }

        /** Adds a mention in the part a frame gives its slot; false when the frame does not take the slot. */
        boolean take(ActorMention m, Frame frame, Frame.Slot slot) {
            ParticipantRole part = frame.part(slot);
            if (part == null) {
                return false;
            }
            parties.add(m, part);
            return true;
        }
    }

    @Override
    public Roles assign(SentenceView v, TriggerMatch t, Clause w, List<ActorMention> usable) {
        Draft d = new Draft();
        if (t.rule().verb()) {
            verbParts(d, v, t, w, usable);
        } else if (!nounParts(d, v, t, w, usable)) {
            return null;
        }
        return new Roles(d.parties, d.light, d.phraseEnd, d.joinedToSpeaker);
    }

    private void verbParts(Draft c, SentenceView v, TriggerMatch t, Clause w, List<ActorMention> actors) {
        ArticleView a = v.article;
        String body = a.body;
        Frame f = t.rule().frame();
        int ts = t.start();
        int te = t.end();
        if (f.takes(Slot.SPEAKER) && w.right() == te) {
            sayer(c, v, t, actors);
            return;
        }
        String before = body.substring(w.left(), ts);
        // "a deal brokered by Turkey", "the talks, hosted by Fidan": a participle with its agent is passive too
        boolean passive = ClauseWords.PASSIVE.matcher(before).find()
                || ClauseWords.REDUCED_PASSIVE.matcher(body).region(te, w.right()).lookingAt();
        ActorMention by = null;
        for (ActorMention m : actors) {
            if (m.start() >= te && m.end() <= w.right() && a.wordBefore(m.start(), te).equals("by")) {
                by = m;
                break;
            }
        }
        // "Xi told Biden that Taiwan remained the most sensitive issue and urged Washington ...": a verb joined by
        // "and" after a that-clause goes with the teller, not with the that-clause's subject
        // ("Kyiv had not been invited and would not recognise" goes on with the that-clause: a modal, no past tense)
        boolean afterThatClause = !passive && ClauseWords.AND_SAID.matcher(before).find()
                && ClauseWords.THAT_BEFORE.matcher(body.substring(v.start(), w.left())).find()
                && PAST_VERB.matcher(body).region(ts, te).lookingAt();
        c.joinedToSpeaker = afterThatClause;
        for (ActorMention m : actors) {
            if (w.skips(m.start(), m.end()) || afterThatClause) {
                continue;
            }
            if (m.end() <= ts && m.start() >= w.left()) {
                if (passive && by != null) {
                    c.take(m, f, Slot.PASSIVE_SUBJECT);
                } else if (!a.inPhrase(m, w.left()) || a.officeOfState(m, actors)) {
                    c.take(m, f, Slot.SUBJECT);
                }
            }
        }
        if (passive && by != null) {
            c.take(by, f, Slot.AGENT);
        }
        speakerForOwnSide(c, v, f, w.left(), actors);
        boolean targetTaken = false;
        for (ActorMention m : actors) {
            if (m.start() < te || m.end() > w.right() || m == by) {
                continue;
            }
            String prep = a.wordBefore(m.start(), te);
            if (a.prepositions.contains(prep) && !objectPrepositions.contains(prep) && !a.officeOfState(m, actors)) {
                continue;
            }
            if (f.takes(Slot.OBJECTS)) {
                c.take(m, f, Slot.OBJECTS);
            } else if (!targetTaken) {
                targetTaken = c.take(m, f, Slot.OBJECT);
            }
        }
        boolean subordinate = SUBORDINATE_BEFORE.matcher(body.substring(v.start(), w.left())).find();
        if (c.parties.sources().isEmpty() && f.takes(Slot.TELLER)
                && (afterThatClause || !a.rules.bothSides.matcher(before).find()) && !subordinate) {
            ActorMention subject = enclosingSubject(v, w.left(), actors);
            if (subject != null) {
                c.take(subject, f, Slot.TELLER);
            }
        }
        if (!targetTaken && f.takes(Slot.TOLD)) {
            ActorMention told = toldRecipient(v, ts, actors);
            if (told != null && c.parties.sources().stream().noneMatch(x -> x.id().equals(told.actor().id()))) {
                c.take(told, f, Slot.TOLD);
            }
        }
    }

    /**
     * "Netanyahu said Israel would refuse any ceasefire": one who says what his own state does acts with it; "Ushakov
     * said the delegations did not discuss" leaves the speaker out.
     */
    private void speakerForOwnSide(Draft c, SentenceView v, Frame f, int left, List<ActorMention> actors) {
        String body = v.article.body;
        Matcher said = SAID_BEFORE.matcher(body.substring(v.start(), left));
        if (!said.find()) {
            return;
        }
        int saidAt = v.start() + said.start();
        Set<String> sides = new HashSet<>();
        for (Actor x : c.parties.sources()) {
            if (x.country() != null) {
                sides.add(x.country());
            }
        }
        for (ActorMention m : actors) {
            if (m.end() <= saidAt && m.start() >= v.start() && SPEAKER_GAP.matcher(body.substring(m.end(), saidAt)).matches()
                    && m.actor().country() != null && sides.contains(m.actor().country())) {
                c.take(m, f, Slot.SUBJECT);
            }
        }
    }

    /** Who said it: the name right before "said" (or after an appositive), or right after ("said Peskov"). */
    private void sayer(Draft c, SentenceView v, TriggerMatch t, List<ActorMention> actors) {
        ArticleView a = v.article;
        String body = a.body;
        int ts = t.start();
        int te = t.end();
        Frame f = t.rule().frame();
        if (!a.quoted(ts) && f.takes(Slot.AND_SUBJECT) && ClauseWords.AND_SAID.matcher(body.substring(v.start(), ts)).find()) {
            // "Erdoğan hosted Zelensky in Ankara and said ...": the subject of the first verb says it
            actors.stream().filter(m -> m.end() <= ts && !a.inPhrase(m, v.start()) && !a.isPossessive(m)).findFirst()
                    .ifPresent(m -> c.take(m, f, Slot.AND_SUBJECT));
            return;
        }
        for (ActorMention m : actors) {
            if (m.end() <= ts && m.start() >= v.start()) {
                String gap = body.substring(m.end(), ts);
                boolean appositive = APPOSITIVE.matcher(gap).matches()
                        && !ING_CLAUSE.matcher(gap).matches() && !ENDS_WITH_AND.matcher(gap).matches()
                        && !NAME_BETWEEN_COMMAS.matcher(gap).matches();
                boolean close = POSSESSIVE_TWO_WORDS.matcher(gap).matches() && !ENDS_WITH_AND.matcher(gap).matches();
                if (close || appositive) {
                    c.take(m, f, Slot.SPEAKER);
                }
            } else if (m.start() >= te && f.takes(Slot.SPEAKER_AFTER) && ONLY_SPACES.matcher(body.substring(te, m.start())).matches()
                    && (m.end() >= body.length() || ",.;".indexOf(body.charAt(m.end())) >= 0)) {
                c.take(m, f, Slot.SPEAKER_AFTER);
            }
        }
        if (!c.parties.sources().isEmpty() && f.takes(Slot.ADDRESSEE)) {
            // "Zelenskyy thanked Biden and both parties": whom a thanks or an accusation is for
            actors.stream().filter(m -> m.start() >= te && DIRECT_OBJECT_GAP.matcher(body.substring(te, m.start())).matches())
                    .findFirst().ifPresent(m -> c.take(m, f, Slot.ADDRESSEE));
        }
    }

    /** The subject of the clause that embeds a "that"-clause: "the US side told Moscow ... that it would not ...". */
    private ActorMention enclosingSubject(SentenceView v, int left, List<ActorMention> actors) {
        ArticleView a = v.article;
        ActorMention best = null;
        for (ActorMention m : actors) {
            if (m.end() <= left && !a.inPhrase(m, v.start()) && !telling.contains(a.wordBefore(m.start(), v.start()))) {
                best = m;
            }
        }
        return best;
    }

    private static ActorMention toldRecipient(SentenceView v, int ts, List<ActorMention> actors) {
        for (ActorMention m : actors) {
            if (m.end() <= ts && v.article.wordBefore(m.start(), v.start()).equals("told")) {
                return m;
            }
        }
        return null;
    }

    /** Parties of an event named by a noun; false when nothing supports it as an event of its own. */
    private boolean nounParts(Draft c, SentenceView v, TriggerMatch t, Clause w, List<ActorMention> actors) {
        ArticleView a = v.article;
        String body = a.body;
        Frame f = t.rule().frame();
        int ts = t.start();
        int te = t.end();
        boolean support = false;
        boolean bothSidesNamed;
        String before = body.substring(Math.max(v.start(), ts - 40), ts);
        if (GENERIC.matcher(before).find() && !NEGATION_BEFORE.matcher(before).find()) {
            // "any annexation ... has no legal value" names a kind of event; "had not engaged in any talks" denies one
            return false;
        }
        for (ActorMention m : actors) {
            // a state before the noun as its modifier: "a U.S. proposal", "the Russian offer"
            if (m.end() <= ts && MODIFIER_GAP.matcher(body.substring(m.end(), ts)).matches() && m.actor().kind() == ActorKind.STATE
                    && MODIFIED.matcher(body.substring(Math.max(v.start(), m.start() - 5), m.start())).find()
                    && c.take(m, f, Slot.MODIFIER)) {
                support = true;
            }
        }
        for (ActorMention m : actors) {
            // a possessor: "Putin's ceasefire proposal", "Russia's announcement to annex"
            if (m.end() <= ts && ts - m.end() <= 30 && a.isPossessive(m)
                    && POSSESSOR_GAP.matcher(body.substring(m.end(), ts)).matches() && c.take(m, f, Slot.POSSESSOR)) {
                support = true;
            }
        }
        for (ActorMention m : actors) {
            if (c.phraseEnd > 0 && m.start() >= c.phraseEnd && f.takes(Slot.LISTED)
                    && LIST_GAP.matcher(body.substring(c.phraseEnd, m.start())).matches()) {
                c.add(m, f.same(Slot.LISTED) ? c.parties.byId().values().iterator().next().part() : f.part(Slot.LISTED));
                c.phraseEnd = m.end(); // "between Zelensky, President Donald Trump and Vice President JD Vance"
                continue;
            }
            if (m.start() >= te && m.start() - te <= 40) {
                String gap = body.substring(te, m.start()).toLowerCase(java.util.Locale.ROOT);
                // "a video call of G7 leaders": who meet or call is said with "of" too, not who is invaded
                boolean ofParties = f.takes(Slot.OF) && OF_PARTIES.matcher(gap).matches();
                if (ofParties || WITH_PARTIES.matcher(gap).matches() || LISTED.matcher(gap).matches() && !c.parties.isEmpty()) {
                    c.light |= PARTICIPLE.matcher(gap).lookingAt(); // "the agreements reached by Biden": a predicate of its own
                    Slot slot = gap.contains(" by ") ? Slot.BY : gap.contains(" to ") ? Slot.TO : ofParties ? Slot.OF : Slot.WITH;
                    if (c.take(m, f, slot)) {
                        c.phraseEnd = Math.max(c.phraseEnd, m.end());
                        support = true;
                    }
                }
            }
        }
        // "In the January call, Mr. Sullivan told Mr. Ushakov": the main clause's subject and object
        int comma = body.indexOf(',', te);
        boolean initial = INITIAL_NAMING.matcher(body.substring(v.start(), ts)).matches() && comma > 0 && comma < w.right();
        if (initial) {
            Matcher verb = a.rules.reporting.matcher(body).region(comma, w.right());
            int end = w.right();
            if (verb.find()) {
                end = verb.group().equalsIgnoreCase("told") ? Math.min(w.right(), verb.end() + 60) : verb.end();
            }
            boolean objectTaken = false;
            for (ActorMention m : actors) {
                if (m.start() > comma && m.end() <= end) {
                    String prev = a.wordBefore(m.start(), comma);
                    if (addressing.contains(prev) && !objectTaken) {
                        c.take(m, f, Slot.MAIN_OBJECT);
                        objectTaken = true;
                    } else if (!a.prepositions.contains(prev)) {
                        c.take(m, f, Slot.MAIN_SUBJECT);
                    }
                }
            }
        }
        Matcher light = lightVerb.matcher(before);
        Matcher setting = f.takes(Slot.SETTING_SUBJECT) ? SPOKEN_IN.matcher(before) : null;
        if (setting != null && setting.find()) {
            // "Lavrov made the remarks in an interview with Mediaset": who speaks is the clause's subject
            int at = ts - before.length() + setting.start();
            c.light = true;
            actors.stream().filter(m -> m.end() <= at && m.start() >= w.left() && !a.inPhrase(m, w.left())).findFirst()
                    .ifPresent(m -> c.take(m, f, Slot.SETTING_SUBJECT));
        } else if (light.find()) {
            // "Blinken held five and a half hours of talks with Wang": who held them takes part
            int verbAt = ts - before.length() + light.start();
            c.light = true;
            for (ActorMention m : actors) {
                if (m.end() <= verbAt && m.start() >= w.left() && !a.inPhrase(m, w.left())) {
                    c.take(m, f, Slot.SUBJECT);
                }
            }
        }
        bothSidesNamed = c.light && a.rules.bothSides.matcher(body.substring(w.left(), ts)).find();
        support = support || initial && !c.parties.isEmpty() || c.light && (!c.parties.isEmpty() || bothSidesNamed);
        boolean dated = !a.timesIn(Math.max(v.start(), ts - 25), Math.min(v.end(), te + 30)).isEmpty();
        if (prospectiveObject.matcher(before).find() || notYet.matcher(before).find() || NO_DATE.matcher(before).find()) {
            return false; // "proposed direct talks", "called for negotiations": talks asked for, not held
        }
        if (notHeld.matcher(before).matches()) {
            return false; // "a date for a meeting", "the prospect of talks": a meeting that has not happened
        }
        if (DEFINITE.matcher(before).matches() && !dated && !support) {
            return false; // "During the call, ...": a reference back to an event told elsewhere
        }
        if (dated && c.parties.isEmpty()) {
            // "the January call": parties from the clause, up to a verb of saying
            Matcher say = a.rules.reporting.matcher(body).region(te, w.right());
            verbParts(c, v, t, say.find() ? w.endingAt(say.start()) : w, actors);
        }
        // "the two leaders had agreed to hold another summit": the sides come from the events before
        return (support || dated) && (!c.parties.isEmpty() || bothSidesNamed);
    }
}
