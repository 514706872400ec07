package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actor.Gazetteer;
import org.parley.actor.NameFolding;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.model.AnalyzedText;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;
import org.parley.model.TimexType;
import org.parley.text.FoldedText;
import org.parley.text.RequiredLiterals;

/**
 * Finds events with the trigger words and cues of {@code data/events/}, the clause around each trigger, the
 * actors the resolver marked, and the dates the tagger found.
 *
 * <p>Why patterns: the diplomatic vocabulary is small and regular, the evidence must be shown word for word, and
 * every decision (why this actor is the target, why this date) has to be explainable to an editor. A sentence
 * that the page cut off gives no event, a "said" is an event only with a setting or a date of its own, and the
 * publication date is used only as a flagged last resort for articles that tell the news of their own day.
 * Stateless, so thread-safe.
 */
public final class PatternEventExtractor implements EventExtractor {
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "from", "through", "by", "of", "in", "for",
            "between", "against", "without", "than", "about", "on", "at", "including", "toward", "towards", "via",
            "over", "among", "into", "under", "behind");
    /** Types where every party does the same thing (a meeting, a call): who is named first says nothing. */
    static final Set<EventType> SYMMETRIC = Set.of(EventType.MEET, EventType.NEGOTIATE, EventType.MEDIATE,
            EventType.AGREE, EventType.CALL);
    private static final Set<EventType> PLACED = Set.of(EventType.MEET, EventType.NEGOTIATE, EventType.MEDIATE,
            EventType.AGREE, EventType.STATEMENT, EventType.FIGHT, EventType.CALL);
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<![\\p{L}])(?:that|but|while|which|who|whom|where|because|although|whereas|so)(?![\\p{L}])|;|:|\\bas saying\\b"
                    + "|\\b(?:said|says)\\s(?=(?:the|a|an|it|they|he|she|we)\\s|(?-i:\\p{Lu}))"
                    + "|,\\s*and\\s+(?=(?-i:\\p{Lu})\\p{L}+\\s+(?-i:\\p{Ll}+ed|said|met|spoke|told|flew)\\b)"
                    // "after then-House Speaker Nancy Pelosi visited Taiwan": a clause of its own, with its own subject
                    + "|\\b(?:after|before|since|when|until)\\s+(?=(?:then-)?(?-i:\\p{Lu})[\\p{L}-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.-]*){0,4}\\s+(?-i:\\p{Ll}+ed|said|met|flew|went|had|was|were)\\b)"
                    + "|,\\s*as(?![\\p{L}])(?!\\s+(?:well|part|of|in|a|an|saying|expected|planned|agreed)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:said|says|say|told|insisted|stressed|confirmed|added|noted|claimed|denied|denies|according to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DENIAL = Pattern.compile("\\b(?:denied|denies|deny|dismissed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|is|are|been|be|being)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIGHT_VERB = Pattern.compile(
            "\\b(?:held|hold|holds|holding|had|have|has|hosted|attended|made|make|making|conducted|gave|give|granted)\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:[\\p{L}-]+\\s+){0,2}|(?:[\\p{L}-]+\\s+){1,5}of\\s+)$",
            Pattern.CASE_INSENSITIVE);
    /** Words between a naming of an event and its own date: "the invasion, which began on Feb. 24, 2022". */
    private static final Pattern OWN_START = Pattern.compile(
            "(?i),\\s*(?:which|that)\\s+(?:began|started|took place|happened|was launched)\\s+(?:on|in)?\\s*");
    /** A naming of an event as what is proposed, sought or refused: the event has not happened. */
    private static final Pattern PROSPECTIVE_OBJECT = Pattern.compile(
            "(?i)\\b(?:proposed|proposes|propose|proposing|offered|offers|suggested|suggests|rejected|rejects|refused|refuses"
                    + "|called for|calls for|urged|urges|demanded|demands|sought|seeks|seeking)\\s+"
                    + "(?:(?:an?|the|any|future|possible|direct|new|further|fresh|more|peace|immediate)\\s+){0,3}$");
    /** Happenings planned for a weekday: "would travel on Wednesday" is the Wednesday to come. */
    private static final Set<EventType> MOVABLE = Set.of(EventType.MEET, EventType.CALL, EventType.NEGOTIATE);
    private static final Pattern REFERRING = Pattern.compile("(?i)\\b(?:his|her|their|its|the|this|that)\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern SAID_BEFORE = Pattern.compile("(?i)\\b(?:said|says)\\s+$");
    /** A naming of an event that is still to come or only possible: "future negotiations". */
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(?:future|possible|potential|eventual|prospective)\\s+(?:[\\p{L}-]+\\s+)?$");
    /** "no date had yet been set for a meeting": a meeting not yet fixed, let alone held. */
    private static final Pattern NO_DATE = Pattern.compile("(?i)\\bno (?:date|time|venue)\\b[^.;]{0,40}\\bfor\\s+(?:an?|the|any)\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern SPOKEN_IN = Pattern.compile("(?i)\\bin\\s+(?:an?|his|her|the|a televised|a recorded)\\s+$");
    private static final Pattern SAYING = Pattern.compile("(?i)said|says|told|stated");
    private static final String PARTICIPLES = "(?:reached|signed|struck|brokered|held|made|agreed)";
    private static final Pattern PARTICIPLE = Pattern.compile("\\s+" + PARTICIPLES + "\\s+by\\b");
    /** "had not engaged", "did not meet": a happening denied, where "was not cutting ties" is a course not taken. */
    private static final Pattern HAPPENED_NOT = Pattern.compile(
            "(?i)\\b(?:had|has|have|did|was|were)\\s+(?:not|n't|never)\\b(?!\\s+\\w+ing\\b)|\\bnever\\b");
    private static final Pattern CITED_SOURCE = Pattern.compile(
            "(?i)\\b(?:sources?|officials?|people|persons?|diplomats?|spokes\\w+|insiders?|aides?|reports?|statement|agency|newspaper|media)\\b");
    private static final Pattern NO_PLANS = Pattern.compile("(?i)\\bno (?:plans?|intention|intentions)\\b(?:\\s+\\w+){0,2}\\s+to\\s+$");
    /** A wire story's dateline: "WASHINGTON/BRUSSELS/KYIV - ", "JERUSALEM, May 6 - ". */
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Lu}.'’ -]*(?:/\\p{Lu}[\\p{Lu}.'’ -]*)*(?:\\([^)]*\\))?(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2})?\\s*[-–—]\\s");
    private static final Pattern MODIFIED = Pattern.compile("(?i)\\b(?:a|an|the)\\s+$");
    /** Between two names of one list: commas, "and", and the next one's title ("and Vice President"). */
    private static final Pattern LIST_GAP = Pattern.compile("(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");
    private static final Pattern ANYONE = Pattern.compile(
            "(?i)\\b(?:anyone|anybody|whoever|those|any (?:country|state|company|companies|person|one))\\s+(?:who|that|which)\\b");
    private static final Pattern IF_CLAUSE = Pattern.compile("(?i)\\b(?:if|unless)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}$");
    private static final Pattern HOSTED_TALKS = Pattern.compile("(?i)host(?:ed|s)\\s+(?:the|these|those)\\s+(?:[\\p{L}-]+\\s+)?(?:talks|meeting|negotiations)\\b");
    private static final Pattern SPEAKER_GAP = Pattern.compile("(?s)\\s*,?\\s*(?:[\\p{L}]+\\s+){0,2}");
    private static final Pattern DIRECT_OBJECT_GAP = Pattern.compile("\\s*(?:the\\s+)?");
    private static final Pattern MODIFIER_GAP = Pattern.compile("[\\s-]+");
    /** "talks with", "a meeting between", "the agreements reached by": a noun's parties after it. */
    private static final Pattern WITH_PARTIES = Pattern.compile(
            "(?s)\\s+(?:" + PARTICIPLES + "\\s+)?(?:with|between|by|to)\\s+(?:the\\s+|a\\s+|[\\p{L}]+\\s+){0,3}");
    private static final Pattern COMING_WEEKDAY = Pattern.compile("(?i)(?:on |next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    private static final Pattern PLACE_OF = Pattern.compile(
            "\\s+(?:city|capital|town|port|resort|village|region|province) of\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)");
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)(?:that|which|who|whom|where)\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "\\b(?:in|at|near|outside|to)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?,\\s*$");
    /** A capitalised word right before a state's name, inside a sentence: "Ford Canada", "Air France". */
    private static final Pattern COMPANY_WORD = Pattern.compile("(?<=\\p{Ll}[,;]?\\s)\\p{Lu}\\p{Ll}+\\s$");
    private static final Pattern PAST_VERB = Pattern.compile("(?i)(?:\\p{L}+ed|told|met|spoke|sent|gave|made|held|struck|flew)\\b");
    private static final Pattern THAT_BEFORE = Pattern.compile("(?i)\\b(?:that|said|says)\\s*$");
    /** "ahead of the island's election in January": the date of what the event comes before, not its own. */
    private static final Pattern AHEAD_OF = Pattern.compile("(?i)\\b(?:ahead of|in the run-up to|in the lead-up to|before)\\b");
    /** "after Pelosi visited": a clause with a subject of its own, which the main clause's subject is not. */
    private static final Pattern SUBORDINATE_BEFORE = Pattern.compile("(?i)\\b(?:after|before|since|when|until)\\s+$");
    private static final Pattern COORDINATION = Pattern.compile(",\\s*and\\s");
    private static final Pattern OBJECT_SPEECH = Pattern.compile("(?i)thanked|accused|praised|criticised|criticized|condemned");
    private static final Pattern REDUCED_PASSIVE = Pattern.compile("\\s+by\\s");
    private static final Pattern AND_SAID = Pattern.compile("(?i)\\band\\s+(?:also\\s+|later\\s+)?$");
    /** A sentence opening with a naming of an event told before: "During the call, ...". */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?is)\\s*(?:(?:however|but|meanwhile|earlier|later|also|then),?\\s+)?(?:during|in|at|after|on)\\s+(?:the|that|this)\\s+(?:[\\p{L}-]+\\s+)?");
    private static final Pattern GENERIC = Pattern.compile("(?i)\\bany\\s+(?:[\\p{L}-]+\\s+)?$");
    /** A readiness ("ready to negotiate") is a stance held when it is said: the day of saying dates it. */
    private static final Pattern READINESS = Pattern.compile("(?i)(?:ready|willing|prepared)\\s+to\\b");
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?i)(?:\\b(?:not|never|no|without)\\b|n't)");
    /** Acts done by saying: the day a report says they were said is their day ("called on all parties, his spokesman said on Saturday"). */
    private static final Set<EventType> SPEECH_ACTS = Set.of(EventType.APPEAL, EventType.DEMAND, EventType.THREATEN);
    private static final Pattern LINK_LIST = Pattern.compile(
            "(?i)\\s*(?:related(?:\\s+(?:coverage|stories|posts|articles|news))?|read more|see also|more from [\\p{L} ]{1,30}|recommended)\\s*:");
    private static final Pattern CLOSED_RELATIVE = Pattern.compile(",\\s*(?:who|which)\\b[^,;]+,");
    private static final Set<EventType> SPLITTABLE = Set.of(EventType.MEET, EventType.AGREE, EventType.CALL, EventType.NEGOTIATE);
    private static final Pattern COORDINATED_OBJECT = Pattern.compile("(?:,\\s*)?\\band\\s+(?:(?:with|then)\\s+)?(?:the\\s+)?");
    private static final Pattern BOTH_SIDES = Pattern.compile(
            "\\b(?:the two sides|both sides|the sides|the delegations|the two delegations|the two men|the two leaders|the two ministers|the ministers|the leaders"
                    + "|the two presidents|the presidents|the two heads of state|the two countries|both countries|they)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORT_DATE = Pattern.compile(
            "\\b(?:said|says|told reporters|told journalists|told \\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?|announced|reported|added|statement)\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_SAYS = Pattern.compile("\\b([A-Z][\\p{L}]*(?:\\s+[A-Z][\\p{L}]*)?)\\s+(?:said|reported|quoted)\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to\\s+([^,.;:]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile(
            "\\b(?:quoted|quoting|cited|citing)\\s+(.+?)(?:\\s+with knowledge\\b|\\s+familiar with\\b|\\s+as saying\\b|,|\\s+that\\b|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_NP = Pattern.compile(
            "\\b((?:(?:a|an|the|one of the|another|two|three|four|five|several|some|many|other)\\s+)?(?:(?:first|second|third|fourth|fifth|senior|top|diplomatic|informed|anonymous|western|european|government|[A-Z][\\p{L}.]+)\\s+){0,3}(?:sources?|officials?|diplomats?|insiders?))\\b"
                    + "(?=(?:\\s+(?:with|familiar|close|speaking)\\b[^.;]*?)?[\\s,]+(?:\\w+\\s+)?(?:said|say|says|told|confirmed|added|expressed|believe|believes))");
    private static final Pattern PLACE = Pattern.compile(
            "(?<![\\p{L}])(?:in|at|visit|visited|visiting|arrived in|to visit)\\s+(?:the\\s+)?([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2})");
    private static final Pattern NOT_PLACE_CONTEXT = Pattern.compile(
            "\\b(?:war|conflict|ceasefire|crisis|fighting|peace|situation|territories|territory|settlement|aid|troops|forces|people|civilians)\\s+(?:in|at)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "an", "a", "the", "his", "her", "its", "their", "this", "that",
            "congress", "parliament", "senate", "house", "government", "cabinet", "office"); // bodies, not places

    /*
     * Patterns of the methods below that ran on every sentence, compiled once here (the names say what each one looks
     * for); the few String.matches left run only on rare paths.
     */
    /** "..., Moscow said.", "...," spokeswoman Mao Ning told a regular news briefing in Beijing.": who reports it. */
    private static final Pattern SAID_AT_END = Pattern.compile(
            "(?s)\\s+(?:said|says|reported|added|announced|told\\s+(?:reporters|journalists|a\\s|an\\s|the\\s)[^,;.]{0,60})\\s*[.!]?\\s*");
    private static final Pattern AFTER_COMMA = Pattern.compile("(?s).*[,”\"]\\s*(?:the\\s+|a\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)who|whom|which|where");
    private static final Pattern APPOSITIVE = Pattern.compile("(?s)\\s*,[^,;]{0,90},\\s*(?:[\\p{L}]+\\s+)?");
    private static final Pattern ING_CLAUSE = Pattern.compile("(?s)\\s*,\\s*\\p{L}+ing\\b.*");
    private static final Pattern ENDS_WITH_AND = Pattern.compile("(?s).*\\band\\s*");
    private static final Pattern NAME_BETWEEN_COMMAS = Pattern.compile("(?s)\\s*,\\s*\\p{Lu}\\p{L}+\\s+\\p{Lu}[\\p{L}-]+\\s*,.*");
    private static final Pattern POSSESSIVE_TWO_WORDS = Pattern.compile("(?s)(?:['’]s)?\\s*(?:[\\p{L}]+\\s+){0,2}");
    private static final Pattern ONLY_SPACES = Pattern.compile("\\s*");
    private static final Pattern SAID_IT_WOULD = Pattern.compile("(?s).*\\b(?:said|says|told|announced|expected)\\b.*\\bwould\\b.*");
    private static final Pattern CONDITION = Pattern.compile("(?is).*\\b(?:if|unless)\\b.*");
    private static final Pattern NEGATION_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:not|n't|never)\\s+(?:\\w+\\s+)?$");
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\s*(?:\\p{Lu}[\\p{Lu} .'’-]*)(?:\\([^)]*\\))?,?\\s*");
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s*[-–—(].*");

    private final Gazetteer gazetteer;
    private final EventPatterns patterns = EventPatterns.standard();
    /** For each trigger, the words one of which its matches hold: a sentence without them cannot match. */
    private final List<RequiredLiterals> triggerWords = patterns.triggers.stream()
            .map(t -> RequiredLiterals.of(t.pattern())).toList();
    private final HappeningMerger merger = new HappeningMerger();

    /** An extractor that knows the shipped gazetteer's news media and place names. */
    public PatternEventExtractor() {
        this(Gazetteer.standard());
    }

    /** An extractor over a gazetteer (for its media and place names). */
    public PatternEventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Event> extract(AnnotatedArticle article, AnalyzedText text) {
        return merger.merge(reports(article, text));
    }

    /** Every report of an event, one per sentence and type, before the reports of one happening are joined. */
    List<Event> reports(AnnotatedArticle article, AnalyzedText text) {
        Reading r = new Reading(article, text);
        List<Candidate> all = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (LINK_LIST.matcher(s.text()).lookingAt()) {
                continue; // "Related coverage: ..." lists headlines of other stories, not this one's events
            }
            boolean cutOff = isCutOff(s);
            for (Candidate c : r.sentence(s)) {
                if (cutOff && !inClosedRelativeClause(s, c.triggerStart)) {
                    continue; // a sentence the page cut off may have lost the words that make it true
                }
                r.bothSides(c, all);
                r.hostOfTalksToldBefore(c, all);
                all.add(c);
            }
        }
        new ReferenceDates(article, r.body, r.published, patterns).dateByReference(all);
        List<Event> events = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type == EventType.STATEMENT && !c.statementWorthy) {
                continue;
            }
            if (c.participants.isEmpty()) {
                continue;
            }
            events.add(c.toEvent(article.article(), patterns));
        }
        return events;
    }

    /**
     * Whether a trigger stands in a relative clause closed by its comma (", who has tried to mediate since Russia
     * invaded Ukraine in February,"): that clause is whole even when the page cut off the sentence's end.
     */
    static boolean inClosedRelativeClause(Sentence s, int at) {
        Matcher m = CLOSED_RELATIVE.matcher(s.text());
        while (m.find()) {
            if (s.start() + m.start() <= at && at < s.start() + m.end()) {
                return true;
            }
        }
        return false;
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

    /** One article's reading: its text, quotes, actors and times. */
    /**
     * The index of the first of a text-ordered list of spans that starts at or after an offset. The stages
     * give their mentions and time expressions in text order; a binary search keeps a long article linear
     * where a scan of every mention for every sentence took minutes.
     */
    static <T> int firstStartingAt(List<T> inTextOrder, java.util.function.ToIntFunction<T> startOf, int offset) {
        int lo = 0;
        int hi = inTextOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf.applyAsInt(inTextOrder.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private final class Reading {
        private final AnnotatedArticle article;
        private final String body;
        private final boolean[] quoted;
        private final LocalDate published;
        private Sentence boundariesOf;
        private List<int[]> boundaries;
        /** The trigger matches of the sentence being read: a date after another verb is that verb's. */
        private List<int[]> sentenceTriggers = List.of();

        Reading(AnnotatedArticle article, AnalyzedText text) {
            this.article = article;
            this.body = text.text();
            this.published = NarrativeTime.of(article.article());
            this.quoted = quotes(body);
        }

        private boolean[] quotes(String b) {
            boolean[] q = new boolean[b.length() + 1];
            int open = -1;
            char opener = 0;
            for (int i = 0; i < b.length(); i++) {
                char c = b.charAt(i);
                if (c == '\n') {
                    open = -1; // a quote never runs past its paragraph, so a lost closing mark costs one paragraph at most
                    continue;
                }
                boolean isOpen = c == '“' || c == '`' && open < 0 || c == '"' && open < 0
                        || c == '‘' && open < 0 && (i == 0 || !Character.isLetter(b.charAt(i - 1)));
                boolean isClose = open >= 0 && (c == '”' && opener == '“' || c == '`' && opener == '`'
                        || c == '"' && opener == '"' || c == '’' && opener == '‘'
                        && (i + 1 >= b.length() || !Character.isLetter(b.charAt(i + 1))));
                if (isClose) {
                    for (int k = open; k <= i; k++) {
                        q[k] = true;
                    }
                    open = -1;
                } else if (isOpen && open < 0) {
                    open = i;
                    opener = c;
                }
            }
            return q;
        }

        private List<ActorMention> actorsIn(int start, int end) {
            List<ActorMention> all = article.actors();
            List<ActorMention> out = new ArrayList<>();
            for (int i = firstStartingAt(all, ActorMention::start, start); i < all.size() && all.get(i).start() < end; i++) {
                if (all.get(i).end() <= end) {
                    out.add(all.get(i));
                }
            }
            return out;
        }

        private List<TimeExpression> timesIn(int start, int end) {
            List<TimeExpression> out = new ArrayList<>();
            List<TimeExpression> all = article.times();
            for (TimeExpression t : all.subList(firstStartingAt(all, TimeExpression::start, start), all.size())) {
                if (t.start() >= end) {
                    break;
                }
                TimeValue v = t.value();
                if (t.start() >= start && t.end() <= end && v.isAnchored()
                        && (v.type() == TimexType.DATE || v.type() == TimexType.TIME)) {
                    out.add(t);
                }
            }
            return out;
        }

        /** The word right before an offset, lower case, skipping determiners; empty after punctuation or a number. */
        private String wordBefore(int at, int floor) {
            int i = at - 1;
            while (true) {
                while (i >= floor && Character.isWhitespace(body.charAt(i))) {
                    i--;
                }
                int end = i + 1;
                while (i >= floor && Character.isLetter(body.charAt(i))) {
                    i--;
                }
                if (end <= i + 1) {
                    return "";
                }
                String w = body.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (!Set.of("the", "a", "an", "his", "her", "their", "its").contains(w)) {
                    return w;
                }
            }
        }

        private boolean isPossessive(ActorMention m) {
            String after = body.substring(m.end(), Math.min(body.length(), m.end() + 2));
            return after.startsWith("'s") || after.startsWith("’s") || after.startsWith("s'") || after.equals("’") || after.startsWith("' ");
        }

        private boolean inPhrase(ActorMention m, int floor) {
            return PREPOSITIONS.contains(wordBefore(m.start(), floor)) && !isPossessive(m);
        }

        List<Candidate> sentence(Sentence s) {
            String st = s.text();
            int base = s.start();
            // attribution first, so that its words are not taken for parties
            List<int[]> attributionSpans = new ArrayList<>();
            String attribution = attribution(st, base, attributionSpans);
            for (ActorMention m : actorsIn(s.start(), s.end())) {
                // "..., Moscow said." at the end: who reports it, not who did it
                String after = body.substring(m.end(), s.end());
                String head = body.substring(s.start(), m.start());
                if (SAID_AT_END.matcher(after).matches() && AFTER_COMMA.matcher(head).matches()) {
                    attributionSpans.add(new int[] {m.start(), m.end()});
                    if (attribution == null) {
                        attribution = m.text();
                    }
                }
            }
            List<ActorMention> actors = new ArrayList<>();
            Matcher dateline = DATELINE.matcher(st);
            int datelineEnd = dateline.lookingAt() ? base + dateline.end() : base;
            for (ActorMention m : actorsIn(datelineEnd, s.end())) { // "WASHINGTON/BRUSSELS -" says where it was written
                boolean inAttribution = attributionSpans.stream().anyMatch(a -> m.start() >= a[0] && m.end() <= a[1]);
                // "in Bali, Indonesia": the state names where the place is; "Ford Canada said": a company's name
                boolean placeName = m.actor().kind() == ActorKind.STATE
                        && PLACE_BEFORE.matcher(body.substring(Math.max(s.start(), m.start() - 60), m.start())).find();
                boolean companyName = m.actor().kind() == ActorKind.STATE
                        && COMPANY_WORD.matcher(body.substring(Math.max(s.start(), m.start() - 30), m.start())).find()
                        && actorsIn(Math.max(s.start(), m.start() - 30), m.start()).isEmpty();
                if (!inAttribution && !gazetteer.isMedia(m.actor()) && !placeName && !companyName) {
                    actors.add(m);
                }
            }
            List<int[]> matches = triggers(st, base);
            sentenceTriggers = matches;

            List<Candidate> out = new ArrayList<>();
            for (int[] t : matches) {
                EventPatterns.Trigger trig = patterns.triggers.get(t[2]);
                int split = coordinatedSplit(s, trig, t[0], t[1], actors);
                Candidate c = candidate(s, trig, t[0], t[1], actors, split, false);
                if (c == null) {
                    continue;
                }
                if (split > 0) {
                    Candidate second = candidate(s, trig, t[0], t[1], actors, split, true);
                    if (second != null && !second.objects().isEmpty()) {
                        second.attribution = attribution;
                        second.part = 2;
                        c.part = 1;
                        out.add(second);
                    }
                }
                c.attribution = attribution;
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
            out.removeIf(c -> c.type == EventType.NEGOTIATE && c.verb && c.trigger.toLowerCase(Locale.ROOT).startsWith("discuss")
                    && out.stream().anyMatch(o -> (o.type == EventType.CALL || o.type == EventType.MEET) && o.mode == c.mode));
            for (Candidate c : out) {
                if (c.dateFar && out.stream().anyMatch(o -> o.verb && o.type != EventType.STATEMENT)) {
                    c.date = EventDate.none();
                }
            }
            out.removeIf(c -> !c.verb && c.date.basis() == DateBasis.NONE && out.stream().anyMatch(
                    o -> o != c && o.verb && o.type != EventType.STATEMENT && o.triggerStart < c.triggerStart
                            && o.left == c.left && o.participants.keySet().containsAll(c.participants.keySet())));
            // "said he would travel to Saudi Arabia, but that his visit was not connected": the same trip named again
            out.removeIf(c -> !c.verb && !c.light && REFERRING.matcher(body.substring(s.start(), c.triggerStart)).find()
                    && out.stream().anyMatch(o -> o != c && o.verb && o.type == c.type && o.triggerStart < c.triggerStart
                            && (o.sharesActor(c) || c.participants.isEmpty())));
            for (Candidate statement : out) {
                if (statement.type != EventType.STATEMENT) {
                    continue;
                }
                // "Erdoğan hosted Zelensky and said ...", "Rubio, who met Netanyahu, told reporters ...": two acts of one
                // person, where "X met Y, a spokesman said" is one act reported
                boolean andSaid = AND_SAID.matcher(body.substring(s.start(), statement.triggerStart)).find();
                // "Putin said the sides had an understanding and warned Kyiv": the warning is his own act, not what he said
                boolean reportsOther = out.stream().anyMatch(o -> o != statement && o.type != EventType.STATEMENT
                        && (o.triggerStart > statement.triggerStart && !(o.joinedToSpeaker && o.sharesActor(statement))
                        || o.triggerStart < statement.triggerStart && o.sharesActor(statement) && !andSaid
                        && !inClosedRelativeClause(s, o.triggerStart)));
                boolean setting = patterns.settings.matcher(st).find();
                boolean named = statement.sources().stream().anyMatch(a -> a.kind() != ActorKind.GROUP);
                statement.statementWorthy = !reportsOther && named;
                statement.needsOwnDate = !setting;
            }
            return out;
        }

        private String attribution(String st, int base, List<int[]> spans) {
            String found = null;
            FoldedText folded = FoldedText.of(st);
            Matcher m = RequiredLiterals.matcher(ACCORDING, st, folded);
            if (m.find()) {
                found = m.group(1).trim();
                spans.add(new int[] {base + m.start(), base + m.end()});
            }
            m = RequiredLiterals.matcher(QUOTED, st, folded);
            if (m.find() && (!m.group().toLowerCase(Locale.ROOT).startsWith("cit") || CITED_SOURCE.matcher(m.group(1)).find())) {
                // "citing people familiar with the matter" names a source; "citing the tragedy in Gaza" a reason
                found = found != null ? found : m.group(1).trim();
                boolean citing = m.group().toLowerCase(Locale.ROOT).startsWith("cit");
                spans.add(new int[] {citing ? base + m.start() : base, base + m.end()});
            }
            m = RequiredLiterals.matcher(SOURCE_NP, st, folded);
            while (m.find()) {
                found = found != null ? found : m.group(1).trim();
                spans.add(new int[] {base + m.start(), base + m.end()});
            }
            if (found == null) {
                for (ActorMention a : actorsIn(base, base + st.length())) {
                    if (gazetteer.isMedia(a.actor())) {
                        found = a.text();
                    }
                }
                Matcher media = RequiredLiterals.matcher(MEDIA_SAYS, st, folded);
                while (found == null && media.find()) {
                    List<Gazetteer.NameEntry> e = gazetteer.lookup(NameFolding.key(media.group(1)));
                    if (!e.isEmpty() && gazetteer.isMedia(e.get(0).actor())) {
                        found = media.group(1);
                    }
                }
            }
            if (found != null) {
                found = SPACES.matcher(LEADING_ARTICLE.matcher(found).replaceFirst("")).replaceAll(" ");
                found = found.isEmpty() ? null : found;
            }
            return found;
        }

        /** Trigger matches of a sentence, longest first at each place, none inside another. */
        private List<int[]> triggers(String st, int base) {
            List<int[]> all = new ArrayList<>();
            FoldedText folded = FoldedText.of(st);
            for (int i = 0; i < patterns.triggers.size(); i++) {
                if (!triggerWords.get(i).mayMatch(folded)) {
                    continue;
                }
                Matcher m = patterns.triggers.get(i).pattern().matcher(st);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        all.add(new int[] {base + m.start(), base + m.end(), i});
                    }
                }
            }
            all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -(a[1] - a[0])));
            List<int[]> kept = new ArrayList<>();
            for (int[] t : all) {
                boolean inside = kept.stream().anyMatch(k -> t[0] >= k[0] && t[1] <= k[1]);
                if (!inside) {
                    kept.add(t);
                }
            }
            return kept;
        }

        /**
         * The clause around a trigger: {left, right, start and end of a relative clause inside it to skip}. A
         * relative clause ("Blinken, who met Netanyahu on Friday, is due to visit Ankara") closed before the trigger
         * is no boundary, but its actors are not the trigger's.
         */
        private int[] window(Sentence s, int ts, int te, boolean said) {
            int left = s.start();
            int right = s.end();
            int skipStart = -1;
            int skipEnd = -1;
            for (int[] b : boundaries(s)) {
                int bs = b[0];
                int be = b[1];
                if (be <= ts) {
                    boolean relative = b[2] == 1;
                    int comma = body.indexOf(',', be);
                    if (relative && comma > 0 && comma < ts && bs - 2 >= s.start() && body.charAt(bs - 2) == ',') {
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
            Matcher relative = CLOSED_RELATIVE.matcher(s.text());
            while (relative.find()) {
                int rs = s.start() + relative.start();
                int re = s.start() + relative.end() - 1;
                if (rs < ts && te <= re && re < right) {
                    right = re; // "Blinken, who met Netanyahu and Arab ministers in Amman, is due to visit Ankara": the clause ends
                }
            }
            return new int[] {left, said ? te : right, skipStart, skipEnd};
        }

        /**
         * The clause boundaries of a sentence, {start, end, 1 for a relative pronoun}, found once for all its triggers:
         * each trigger asks for its window once or twice, and the search was the extractor's hottest after the triggers.
         */
        private List<int[]> boundaries(Sentence s) {
            if (s != boundariesOf) {
                boundaries = new ArrayList<>();
                Matcher b = BOUNDARY.matcher(s.text());
                while (b.find()) {
                    boundaries.add(new int[] {s.start() + b.start(), s.start() + b.end(),
                        RELATIVE_WORD.matcher(b.group()).matches() ? 1 : 0});
                }
                boundariesOf = s;
            }
            return boundaries;
        }

        /**
         * Where one verb tells two happenings with their own places ("signed agreements with Scholz in Berlin and
         * with Macron in Paris", "met Netanyahu in Tel Aviv and Arab foreign ministers in Amman"): the start of the
         * second object, or -1.
         */
        private int coordinatedSplit(Sentence s, EventPatterns.Trigger trig, int ts, int te, List<ActorMention> actors) {
            if (!trig.verb() || !SPLITTABLE.contains(trig.type())) {
                return -1;
            }
            int[] w = window(s, ts, te, false);
            Matcher and = COORDINATED_OBJECT.matcher(body).region(te, w[1]);
            while (and.find()) {
                int at = and.start();
                int second = and.end();
                boolean firstObject = actors.stream().anyMatch(m -> m.start() >= te && m.end() <= at);
                boolean secondObject = actors.stream().anyMatch(m -> m.start() == second);
                if (!firstObject || !secondObject) {
                    continue;
                }
                String one = place(s, ts, te, new int[] {te, at});
                String two = place(s, second, second, new int[] {second, w[1]});
                if (one != null && two != null && !one.equalsIgnoreCase(two)) {
                    return second;
                }
            }
            return -1;
        }

        /**
         * The event of a trigger; when {@code split} is positive the clause tells two happenings and {@code second}
         * says which one: the objects, place and date before the split or after it.
         */
        private Candidate candidate(Sentence s, EventPatterns.Trigger trig, int ts, int te, List<ActorMention> actors,
                                    int split, boolean second) {
            String trigger = body.substring(ts, te);
            boolean said = trig.type() == EventType.STATEMENT && trig.verb() && !trigger.toLowerCase(Locale.ROOT).startsWith("told");
            int[] w = window(s, ts, te, said);
            if (split > 0 && !second) {
                w[1] = split;
            }
            if (trig.verb() && REDUCED_PASSIVE.matcher(body).region(te, w[1]).lookingAt()) {
                int comma = body.indexOf(',', te);
                if (comma > 0 && comma < w[1]) {
                    w[1] = comma; // "The talks, hosted by Fidan at the palace, came a day after ...": the participle's phrase
                }
            }
            boolean triggerQuoted = quoted[ts];
            String clause = body.substring(w[0], ts);
            if (NO_PLANS.matcher(body.substring(Math.max(w[0], ts - 40), ts)).find()) {
                return null; // "had no plans yet to speak with Trump": nothing planned, nothing held
            }
            if (ANYONE.matcher(body.substring(Math.max(s.start(), w[0] - 20), ts)).find() || IF_CLAUSE.matcher(clause).find()) {
                return null; // "anyone who provided support would face sanctions", "if Russia accepted": no one, nothing yet
            }
            if (trig.verb() && trigger.toLowerCase(Locale.ROOT).startsWith("discuss") && PASSIVE.matcher(clause).find()
                    && !REDUCED_PASSIVE.matcher(body).region(te, s.end()).lookingAt()) {
                return null; // "the choice of the people will not be discussed": a topic, not talks
            }
            List<ActorMention> usable = new ArrayList<>();
            for (ActorMention m : actors) {
                if (split > 0 && second && m.start() >= te && m.start() < split) {
                    continue; // the first happening's object
                }
                if (quoted[m.start()] == triggerQuoted || !quoted[m.start()]) {
                    if (!quoted[m.start()] || triggerQuoted) {
                        usable.add(m);
                    }
                }
            }
            Candidate c = new Candidate(trig.type(), trig.cameo(), s, trigger, ts);
            c.verb = trig.verb();
            c.left = w[0];
            if (trig.verb()) {
                verbParts(c, s, trig.type(), ts, te, w, usable);
            } else if (!nounParts(c, s, trig.type(), ts, te, w, usable)) {
                return null;
            }
            c.mode = mode(s, ts, w, trig);
            int[] placeWindow = said ? new int[] {w[0], s.end()} : split > 0 && second ? new int[] {split, w[1]} : w;
            int from = split > 0 && second ? split : te;
            c.place = PLACED.contains(trig.type()) ? place(s, from, from, placeWindow) : null;
            if (!trig.verb() && BACK_REFERENCE.matcher(body.substring(s.start(), ts)).matches()) {
                c.place = null; // "During the call, Bennett asked ... in Mariupol": the main clause's place, not the call's
            }
            boolean[] far = new boolean[1];
            int dateFrom = trig.verb() ? from : Math.max(from, c.phraseEnd);
            c.date = textDate(s, from == te ? ts : from, dateFrom, from == te ? w : placeWindow, triggerQuoted, said, trig,
                    trig.verb() || c.light, far);
            c.dateFar = far[0];
            c.date = notInTheFuture(c.date, c.mode, trig.type());
            return c;
        }

        private void verbParts(Candidate c, Sentence s, EventType type, int ts, int te, int[] w, List<ActorMention> actors) {
            if (type == EventType.STATEMENT && w[1] == te) {
                sayer(c, s, ts, te, actors);
                return;
            }
            String before = body.substring(w[0], ts);
            // "a deal brokered by Turkey", "the talks, hosted by Fidan": a participle with its agent is passive too
            boolean passive = PASSIVE.matcher(before).find() || REDUCED_PASSIVE.matcher(body).region(te, w[1]).lookingAt();
            ActorMention by = null;
            for (ActorMention m : actors) {
                if (m.start() >= te && m.end() <= w[1] && wordBefore(m.start(), te).equals("by")) {
                    by = m;
                    break;
                }
            }
            // "Xi told Biden that Taiwan remained the most sensitive issue and urged Washington ...": a verb joined by
            // "and" after a that-clause goes with the teller, not with the that-clause's subject
            // ("Kyiv had not been invited and would not recognise" goes on with the that-clause: a modal, no past tense)
            boolean afterThatClause = !passive && AND_SAID.matcher(before).find() && THAT_BEFORE.matcher(body.substring(s.start(), w[0])).find()
                    && PAST_VERB.matcher(body).region(ts, te).lookingAt();
            c.joinedToSpeaker = afterThatClause;
            for (ActorMention m : actors) {
                if (m.start() >= w[2] && m.end() <= w[3] || afterThatClause) {
                    continue;
                }
                if (m.end() <= ts && m.start() >= w[0]) {
                    if (passive && by != null) {
                        c.add(m, ParticipantRole.TARGET);
                    } else if (!inPhrase(m, w[0])) {
                        c.add(m, ParticipantRole.SOURCE);
                    }
                }
            }
            if (passive && by != null) {
                c.add(by, ParticipantRole.SOURCE);
            }
            speakerForOwnSide(c, s, w[0], actors);
            boolean targetTaken = false;
            for (ActorMention m : actors) {
                if (m.start() < te || m.end() > w[1] || m == by) {
                    continue;
                }
                String prep = wordBefore(m.start(), te);
                if (PREPOSITIONS.contains(prep) && !Set.of("to", "on", "against", "with", "toward", "towards").contains(prep)) {
                    continue;
                }
                if (SYMMETRIC.contains(type) && !trigIsTold(c)) {
                    c.add(m, ParticipantRole.OTHER);
                } else if (!targetTaken) {
                    c.add(m, ParticipantRole.TARGET);
                    targetTaken = true;
                }
            }
            boolean subordinate = SUBORDINATE_BEFORE.matcher(body.substring(s.start(), w[0])).find();
            if (c.sources().isEmpty() && type != EventType.STATEMENT && (afterThatClause || !BOTH_SIDES.matcher(before).find()) && !subordinate) {
                ActorMention subject = enclosingSubject(s, w[0], actors);
                if (subject != null) {
                    c.add(subject, ParticipantRole.SOURCE);
                }
            }
            if (!targetTaken && !SYMMETRIC.contains(type) && type != EventType.STATEMENT) {
                ActorMention told = toldRecipient(s, ts, actors);
                if (told != null && c.sources().stream().noneMatch(a -> a.id().equals(told.actor().id()))) {
                    c.add(told, ParticipantRole.TARGET);
                }
            }
        }

 /**
         * "Netanyahu said Israel would refuse any ceasefire": one who says what his own state does acts with it; "Ushakov
         * said the delegations did not discuss" leaves the speaker out.
         */
        private void speakerForOwnSide(Candidate c, Sentence s, int left, List<ActorMention> actors) {
            Matcher said = SAID_BEFORE.matcher(body.substring(s.start(), left));
            if (!said.find()) {
                return;
            }
            int saidAt = s.start() + said.start();
            Set<String> sides = new HashSet<>();
            for (Actor a : c.sources()) {
                if (a.country() != null) {
                    sides.add(a.country());
                }
            }
            for (ActorMention m : actors) {
                if (m.end() <= saidAt && m.start() >= s.start() && SPEAKER_GAP.matcher(body.substring(m.end(), saidAt)).matches()
                        && m.actor().country() != null && sides.contains(m.actor().country())) {
                    c.add(m, ParticipantRole.SOURCE);
                }
            }
        }

        /** Who said it: the name right before "said" (or after an appositive), or right after ("said Peskov"). */
        private void sayer(Candidate c, Sentence s, int ts, int te, List<ActorMention> actors) {
            if (!quoted[ts] && SAYING.matcher(c.trigger).lookingAt() && AND_SAID.matcher(body.substring(s.start(), ts)).find()) {
                // "Erdoğan hosted Zelensky in Ankara and said ...": the subject of the first verb says it
                actors.stream().filter(m -> m.end() <= ts && !inPhrase(m, s.start()) && !isPossessive(m)).findFirst()
                        .ifPresent(m -> c.add(m, ParticipantRole.SOURCE));
                return;
            }
            for (ActorMention m : actors) {
                if (m.end() <= ts && m.start() >= s.start()) {
                    String gap = body.substring(m.end(), ts);
                    boolean appositive = APPOSITIVE.matcher(gap).matches()
                            && !ING_CLAUSE.matcher(gap).matches() && !ENDS_WITH_AND.matcher(gap).matches()
                            && !NAME_BETWEEN_COMMAS.matcher(gap).matches();
                    boolean close = POSSESSIVE_TWO_WORDS.matcher(gap).matches() && !ENDS_WITH_AND.matcher(gap).matches();
                    if (close || appositive) {
                        c.add(m, ParticipantRole.SOURCE);
                    }
                } else if (m.start() >= te && !OBJECT_SPEECH.matcher(c.trigger).matches() && ONLY_SPACES.matcher(body.substring(te, m.start())).matches()
                        && (m.end() >= body.length() || ",.;".indexOf(body.charAt(m.end())) >= 0)) {
                    c.add(m, ParticipantRole.SOURCE);
                }
            }
            if (!c.sources().isEmpty() && OBJECT_SPEECH.matcher(c.trigger).matches()) {
                // "Zelenskyy thanked Biden and both parties": whom a thanks or an accusation is for
                actors.stream().filter(m -> m.start() >= te && DIRECT_OBJECT_GAP.matcher(body.substring(te, m.start())).matches())
                        .findFirst().ifPresent(m -> c.add(m, ParticipantRole.TARGET));
            }
        }

        private boolean trigIsTold(Candidate c) {
            return c.trigger.toLowerCase(Locale.ROOT).startsWith("told");
        }

        /** The subject of the clause that embeds a "that"-clause: "the US side told Moscow ... that it would not ...". */
        private ActorMention enclosingSubject(Sentence s, int left, List<ActorMention> actors) {
            ActorMention best = null;
            for (ActorMention m : actors) {
                if (m.end() <= left && !inPhrase(m, s.start()) && !Set.of("told", "asked", "urged").contains(wordBefore(m.start(), s.start()))) {
                    best = m;
                }
            }
            return best;
        }

        private ActorMention toldRecipient(Sentence s, int ts, List<ActorMention> actors) {
            for (ActorMention m : actors) {
                if (m.end() <= ts && wordBefore(m.start(), s.start()).equals("told")) {
                    return m;
                }
            }
            return null;
        }

        /** Parties of an event named by a noun; false when nothing supports it as an event of its own. */
        private boolean nounParts(Candidate c, Sentence s, EventType type, int ts, int te, int[] w, List<ActorMention> actors) {
            boolean support = false;
            boolean bothSidesNamed = false;
            String before = body.substring(Math.max(s.start(), ts - 40), ts);
            if (GENERIC.matcher(before).find() && !NEGATION_BEFORE.matcher(before).find()) {
                // "any annexation ... has no legal value" names a kind of event; "had not engaged in any talks" denies one
                return false;
            }
            for (ActorMention m : actors) {
                // a state before the noun as its modifier: "a U.S. proposal", "the Russian offer"
                if (m.end() <= ts && MODIFIER_GAP.matcher(body.substring(m.end(), ts)).matches() && m.actor().kind() == ActorKind.STATE
                        && MODIFIED.matcher(body.substring(Math.max(s.start(), m.start() - 5), m.start())).find()) {
                    c.add(m, ParticipantRole.SOURCE);
                    support = true;
                }
            }
            for (ActorMention m : actors) {
                // a possessor: "Putin's ceasefire proposal", "Russia's announcement to annex"
                if (m.end() <= ts && ts - m.end() <= 30 && isPossessive(m)
                        && body.substring(m.end(), ts).matches("(?s)['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}")) {
                    c.add(m, ParticipantRole.SOURCE);
                    support = true;
                }
            }
            for (ActorMention m : actors) {
                if (c.phraseEnd > 0 && m.start() >= c.phraseEnd && LIST_GAP.matcher(body.substring(c.phraseEnd, m.start())).matches()) {
                    c.add(m, SYMMETRIC.contains(type) ? ParticipantRole.OTHER : c.participants.values().iterator().next().part());
                    c.phraseEnd = m.end(); // "between Zelensky, President Donald Trump and Vice President JD Vance"
                    continue;
                }
                if (m.start() >= te && m.start() - te <= 40) {
                    String gap = body.substring(te, m.start()).toLowerCase(Locale.ROOT);
                    // "a video call of G7 leaders": who meet or call is said with "of" too, not who is invaded
                    boolean ofParties = SYMMETRIC.contains(type) && gap.matches("(?s)\\s+of\\s+(?:the\\s+)?");
                    if (ofParties || WITH_PARTIES.matcher(gap).matches()
                            || gap.matches("(?s)\\s+(?:and|,)\\s+") && !c.participants.isEmpty()) {
                        c.light |= PARTICIPLE.matcher(gap).lookingAt(); // "the agreements reached by Biden": a predicate of its own
                        ParticipantRole part = gap.contains(" by ") ? ParticipantRole.SOURCE
                                : gap.contains(" to ") && !SYMMETRIC.contains(type) ? ParticipantRole.TARGET : ParticipantRole.OTHER;
                        c.add(m, part);
                        c.phraseEnd = Math.max(c.phraseEnd, m.end());
                        support = true;
                    }
                }
            }
            {
                // "In the January call, Mr. Sullivan told Mr. Ushakov": the main clause's subject and object
                int comma = body.indexOf(',', te);
                boolean initial = body.substring(s.start(), ts).matches(
                        "(?is)\\s*(?:\\(.*?\\)\\s*[-–—]?\\s*)?(?:(?:however|but|meanwhile|earlier|later|also|then),?\\s+)?(?:in|during|at|after|on)\\b[^,]*")
                        && comma > 0 && comma < w[1];
                if (initial) {
                    Matcher verb = REPORTING.matcher(body).region(comma, w[1]);
                    int end = w[1];
                    if (verb.find()) {
                        end = verb.group().equalsIgnoreCase("told") ? Math.min(w[1], verb.end() + 60) : verb.end();
                    }
                    boolean objectTaken = false;
                    for (ActorMention m : actors) {
                        if (m.start() > comma && m.end() <= end) {
                            String prev = wordBefore(m.start(), comma);
                            if (Set.of("told", "called", "phoned", "urged", "asked", "to").contains(prev) && !objectTaken) {
                                c.add(m, ParticipantRole.TARGET);
                                objectTaken = true;
                            } else if (!PREPOSITIONS.contains(prev)) {
                                c.add(m, ParticipantRole.SOURCE);
                            }
                        }
                    }
                }
                Matcher light = LIGHT_VERB.matcher(before);
                Matcher setting = type == EventType.STATEMENT ? SPOKEN_IN.matcher(before) : null;
                if (setting != null && setting.find()) {
                    // "Lavrov made the remarks in an interview with Mediaset": who speaks is the clause's subject
                    int at = ts - before.length() + setting.start();
                    c.light = true;
                    actors.stream().filter(m -> m.end() <= at && m.start() >= w[0] && !inPhrase(m, w[0])).findFirst()
                            .ifPresent(m -> c.add(m, ParticipantRole.SOURCE));
                } else if (light.find()) {
                    // "Blinken held five and a half hours of talks with Wang": who held them takes part
                    int verbAt = ts - before.length() + light.start();
                    c.light = true;
                    for (ActorMention m : actors) {
                        if (m.end() <= verbAt && m.start() >= w[0] && !inPhrase(m, w[0])) {
                            c.add(m, ParticipantRole.SOURCE);
                        }
                    }
                }
                bothSidesNamed = c.light && BOTH_SIDES.matcher(body.substring(w[0], ts)).find();
                support = support || initial && !c.participants.isEmpty() || c.light && (!c.participants.isEmpty() || bothSidesNamed);
            }
            boolean dated = !timesIn(Math.max(s.start(), ts - 25), Math.min(s.end(), te + 30)).isEmpty();
            if (PROSPECTIVE_OBJECT.matcher(before).find() || NOT_YET.matcher(before).find() || NO_DATE.matcher(before).find()) {
                return false; // "proposed direct talks", "called for negotiations": talks asked for, not held
            }
            if (before.matches("(?is).*\\b(?:date|dates|plans?|preparations?|prospects?|possibility|idea|hopes?|talk|calls?|challenge|way|path|invitation|ready|need)\\s+(?:for|of|to)\\s+(?:an?|the|any|future|possible|direct)\\s+(?:[\\p{L}-]+\\s+)?$")) {
                return false; // "a date for a meeting", "the prospect of talks": a meeting that has not happened
            }
            boolean definite = before.matches("(?is).*\\b(?:the|that|this|their|its)\\s+$");
            if (definite && !dated && !support) {
                return false; // "During the call, ...": a reference back to an event told elsewhere
            }
            if (dated && c.participants.isEmpty()) {
                // "the January call": parties from the clause, up to a verb of saying
                Matcher say = REPORTING.matcher(body).region(te, w[1]);
                int[] clause = say.find() ? new int[] {w[0], say.start(), w[2], w[3]} : w;
                verbParts(c, s, type, ts, te, clause, actors);
            }
            // "the two leaders had agreed to hold another summit": the sides come from the events before
            return (support || dated) && (!c.participants.isEmpty() || bothSidesNamed);
        }

        private EventMode mode(Sentence s, int ts, int[] w, EventPatterns.Trigger trig) {
            int from = Math.max(w[0], ts - 100);
            StringBuilder unquoted = new StringBuilder();
            for (int i = from; i < ts; i++) {
                boolean relative = i >= w[2] && i < w[3]; // "Biden, who is due to meet Erdoğan, welcomed": not Biden's plan
                unquoted.append(quoted[i] && !quoted[ts] || relative ? ' ' : body.charAt(i));
            }
            String before = unquoted.toString();
            String[] words = SPACES.split(before.trim());
            int keep = Math.min(words.length, 12);
            String near = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - keep, words.length));
            EventMode mode = EventMode.ASSERTED;
            int best = -1;
            FoldedText nearFolded = FoldedText.of(near);
            for (EventPatterns.Cue cue : patterns.cues) {
                Matcher m = RequiredLiterals.matcher(cue.pattern(), near, nearFolded);
                while (m.find()) {
                    if (m.end() > best) {
                        best = m.end();
                        mode = cue.mode();
                    }
                }
            }
            boolean speechAct = Set.of(EventType.STATEMENT, EventType.THREATEN, EventType.APPEAL, EventType.DEMAND).contains(trig.type());
            if (trig.type() == EventType.REJECT && mode == EventMode.HYPOTHETICAL || speechAct && mode == EventMode.HYPOTHETICAL) {
                mode = EventMode.ASSERTED; // "would not discuss" is the refusal itself; a warning is made, not supposed
            }
            if (mode == EventMode.HYPOTHETICAL && SAID_IT_WOULD.matcher(body.substring(Math.max(s.start(), ts - 160), ts)).matches()
                    && !CONDITION.matcher(s.text()).matches()) {
                mode = EventMode.PLANNED; // "Canada said it would sign": a plan told in reported speech
            }
            String sentenceBefore = body.substring(s.start(), ts);
            if (trig.type() == EventType.REJECT && mode == EventMode.NEGATED
                    && !NEGATION_RIGHT_BEFORE.matcher(before).find()) {
                return EventMode.ASSERTED; // "had not been invited and would not recognise": the refusal carries its own negation
            }
            // "Ushakov denied a report that the two presidents had agreed ...": the that-clause is what is denied
            if (DENIAL.matcher(near).find() || THAT_BEFORE.matcher(body.substring(s.start(), w[0])).find()
                    && DENIAL.matcher(body.substring(s.start(), w[0])).find()) {
                return EventMode.DENIED;
            }
            if (mode == EventMode.NEGATED && REPORTING.matcher(sentenceBefore).find()
                    && HAPPENED_NOT.matcher(near + " " + body.substring(ts, Math.min(s.end(), ts + 30))).find()) {
                return EventMode.DENIED; // "said the US had not engaged": a denial that it happened; "was not cutting ties" is a negation
            }
            return mode;
        }

        private String place(Sentence s, int ts, int te, int[] w) {
            Matcher m = PLACE.matcher(s.text());
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            while (m.find()) {
                int at = s.start() + m.start(1);
                String name = m.group(1);
                Matcher of = PLACE_OF.matcher(body).region(s.start() + m.end(1), s.end());
                if (of.lookingAt()) {
                    name = of.group(1); // "in the Saudi city of Jeddah": Jeddah
                }
                String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
                int nameEnd = s.start() + m.end(1);
                boolean possessive = name.endsWith("'s") || name.endsWith("’s");
                if (NOT_PLACES.contains(first) || quoted[at] != quoted[ts] || possessive || at < w[0] || at > w[1]
                        || NOT_PLACE_CONTEXT.matcher(body.substring(s.start(), at)).find()) {
                    continue;
                }
                boolean isActor = actorsIn(s.start(), s.end()).stream().anyMatch(a -> a.start() <= at && at < a.end()
                        && a.actor().kind() != ActorKind.STATE);
                if (isActor) {
                    continue;
                }
                int distance = at >= te ? at - te : (ts - at) * 2;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = canonicalPlace(name);
                }
            }
            return best;
        }

        private String canonicalPlace(String name) {
            for (Gazetteer.NameEntry e : gazetteer.lookup(NameFolding.key(name))) {
                if (e.actor().kind() == ActorKind.STATE && e.kind() == Gazetteer.NameKind.NAME) {
                    return e.actor().name();
                }
            }
            return name;
        }

        private EventDate textDate(Sentence s, int ts, int te, int[] w, boolean triggerQuoted, boolean said,
                                   EventPatterns.Trigger trig, boolean predicate, boolean[] farDate) {
            List<TimeExpression> farDates = new ArrayList<>();
            TimeExpression best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TimeExpression t : timesIn(s.start(), s.end())) {
                if (quoted[t.start()] && !triggerQuoted || isDateline(s, t) || ReferenceDates.RELATIVE_GAP.matcher(t.text()).find()) {
                    continue;
                }
                if (w.length > 3 && w[2] >= 0 && t.start() >= w[2] && t.end() <= w[3]) {
                    continue; // "Putin, who had proposed the talks on May 11, did not travel": May 11 is the proposal's
                }
                Matcher gap = ReferenceDates.RELATIVE_GAP.matcher(body).region(Math.min(t.end(), ts), ts);
                if (t.end() <= ts && gap.find()) {
                    continue; // "struck on Saturday, less than a day after X signed": Saturday is not X's day
                }
                String before = body.substring(Math.max(s.start(), t.start() - 30), t.start());
                boolean stance = READINESS.matcher(body.substring(ts, te)).lookingAt()
                        || trig.verb() && SPEECH_ACTS.contains(trig.type());
                if (trig.type() != EventType.STATEMENT && !stance && REPORT_DATE.matcher(before).find()) {
                    continue; // "a U.S. official said on Sunday" dates the report, not the event
                }
                if (!predicate) {
                    // a noun's own date stands next to it: "the January call", "talks in Geneva on Monday"
                    boolean near = t.start() >= te ? t.start() - te <= 45 && (!body.substring(te, t.start()).contains(",")
                            || OWN_START.matcher(body.substring(te, t.start())).matches())
                            : ts - t.end() <= 20;
                    if (!near) {
                        farDates.add(t);
                        continue;
                    }
                }
                if (said && t.start() >= te && !saidWhen(te, t.start())) {
                    continue; // a date in what was said is not the date of saying it
                }
                if (t.start() >= te && AHEAD_OF.matcher(body.substring(te, t.start())).find()) {
                    continue;
                }
                if (predicate && t.start() >= te && otherVerbBefore(te, t.start())) {
                    continue; // "spoke with Zelensky for an hour, a call Zelensky described on Saturday as long": Saturday is the describing's
                }
                if (predicate && !said && t.start() >= w[1] && w[1] < s.end()
                        && CLAUSE_WORD.matcher(body).region(w[1], s.end()).lookingAt()) {
                    continue; // "resume the talks that Beijing cut off in August 2022": August is the cut-off's
                }
                int distance = t.start() >= te ? t.start() - te : ts - t.end();
                if (t.end() <= ts && COORDINATION.matcher(body.substring(t.end(), ts)).find()) {
                    distance += 500; // "talks in March 2022, and helped broker the deal in July 2022": March is the talks'
                }
                if (t.start() < w[0] || t.end() > w[1]) {
                    distance += 1000;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = t;
                }
            }
            if (best != null && bestDistance >= 1000 && ReferenceDates.AT_EVENT.matcher(body.substring(s.start(), ts)).find()) {
                // "At that meeting they agreed to an exchange, which was carried out in late May": the meeting's date
                return EventDate.none();
            }
            if (best == null && !farDates.isEmpty()) {
                TimeExpression far = farDates.get(0);
                farDate[0] = true;
                return new EventDate(far.value(), DateBasis.TEXT, far.text());
            }
            return best == null ? EventDate.none() : new EventDate(best.value(), DateBasis.TEXT, best.text());
        }

        /**
         * A weekday after publication for something that has happened ("had been prepared in a call on Saturday")
         * is the weekday before it: a report cannot tell a happening that is still to come.
         */
        private EventDate notInTheFuture(EventDate d, EventMode mode, EventType type) {
            TimeValue v = d.value();
            boolean happened = mode == EventMode.ASSERTED || mode == EventMode.NEGATED || mode == EventMode.DENIED;
            if (mode == EventMode.PLANNED && MOVABLE.contains(type) && v != null && v.isAnchored() && v.widthInDays() == 1 && v.latest().isBefore(published)
                    && d.text() != null && COMING_WEEKDAY.matcher(d.text()).matches()) {
                LocalDate day = v.earliest().plusDays(7); // "said he would travel on Wednesday": the Wednesday to come
                return new EventDate(new TimeValue(v.type(), day.toString(), v.mod(), day, day), d.basis(), d.text());
            }
            if (!happened || v == null || !v.isAnchored() || v.widthInDays() != 1 || !v.earliest().isAfter(published)
                    || d.text() == null || !d.text().matches("(?i)(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day")) {
                return d;
            }
            LocalDate day = v.earliest().minusDays(7);
            return new EventDate(new TimeValue(v.type(), day.toString(), v.mod(), day, day), d.basis(), d.text());
        }

        /** Whether a time expression is the dateline of a wire story ("JERUSALEM, May 6 -"): the day of the report. */
        private boolean isDateline(Sentence s, TimeExpression t) {
            String before = body.substring(s.start(), t.start());
            String after = body.substring(t.end(), Math.min(s.end(), t.end() + 4));
            return DATELINE_PLACE.matcher(before).matches() && DATELINE_DASH.matcher(after).matches();
        }

        /**
         * Whether another trigger stands between a trigger's end and a date after it, not joined to it by "and" (a verb
         * of its own: "a call Zelensky described on Saturday"; "met and signed on Tuesday" share the Tuesday).
         */
        private boolean otherVerbBefore(int te, int dateStart) {
            for (int[] t : sentenceTriggers) {
                if (t[0] >= te && t[1] <= dateStart && patterns.triggers.get(t[2]).verb()
                        && !AND_SAID.matcher(body.substring(te, t[0])).find()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the words between "said" and a date only say where and when: "said at a conference in Dubai on". */
        private boolean saidWhen(int te, int dateStart) {
            String gap = body.substring(te, dateStart);
            return gap.length() <= 50 && !gap.matches("(?is).*\\b(?:that|he|she|it|they|we|the [a-z]+ (?:is|was|were|are))\\b.*")
                    && actorsIn(te, dateStart).isEmpty();
        }

        /**
         * "Faisal bin Farhan and Musaed al-Aiban hosted the talks": the talks told before, with their parties and date,
         * so that the merger joins the host to them.
         */
        void hostOfTalksToldBefore(Candidate c, List<Candidate> before) {
            if (c.type != EventType.MEET || !c.verb || !HOSTED_TALKS.matcher(body).region(c.triggerStart, c.sentence.end()).lookingAt()) {
                return;
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                Candidate o = before.get(i);
                if ((o.type == EventType.MEET || o.type == EventType.NEGOTIATE) && o.mode == c.mode && o.participants.size() >= 2
                        && o.sentence.index() >= c.sentence.index() - 5) {
                    c.hosted = true;
                    for (Participant p : o.participants.values()) {
                        c.participants.putIfAbsent(p.actor().id(), new Participant(p.actor(), p.role(), ParticipantRole.OTHER));
                    }
                    if (c.date.basis() == DateBasis.NONE || c.date.basis() == DateBasis.CONTEXT) {
                        c.date = new EventDate(o.date.value(), o.date.basis() == DateBasis.NONE ? DateBasis.NONE : DateBasis.ANAPHOR,
                                o.date.text());
                    }
                    c.place = c.place == null ? o.place : c.place;
                    return;
                }
            }
        }

        /** "the two sides agreed": the parties of the last event with two or more. */
        void bothSides(Candidate c, List<Candidate> before) {
            if (c.participants.size() >= 2) {
                return;
            }
            String head = body.substring(Math.max(c.sentence.start(), c.left), c.triggerStart); // the trigger's own clause
            if (!BOTH_SIDES.matcher(head).find()) {
                return;
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                Candidate o = before.get(i);
                // the sides of a mediation or hosted talks are those brought together, not the mediator or host
                List<Participant> sides = o.participants.values().stream()
                        .filter(p -> o.type != EventType.MEDIATE && !o.hosted || p.part() != ParticipantRole.SOURCE).toList();
                if (sides.size() >= 2 && o.sentence.index() >= c.sentence.index() - 3) {
                    for (Participant p : sides) {
                        if (!c.participants.containsKey(p.actor().id())) {
                            c.participants.put(p.actor().id(), new Participant(p.actor(), p.role(),
                                    SYMMETRIC.contains(c.type) ? ParticipantRole.OTHER : ParticipantRole.SOURCE));
                        }
                    }
                    return;
                }
            }
        }

    }

}
