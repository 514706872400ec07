package org.parley.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.parley.model.Article;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
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
    private static final Set<EventType> SYMMETRIC = Set.of(EventType.MEET, EventType.NEGOTIATE, EventType.MEDIATE,
            EventType.AGREE, EventType.CALL);
    private static final Set<EventType> PLACED = Set.of(EventType.MEET, EventType.NEGOTIATE, EventType.MEDIATE,
            EventType.AGREE, EventType.STATEMENT, EventType.FIGHT, EventType.CALL);
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<![\\p{L}])(?:that|but|while|which|who|whom|where|because|although|whereas|so)(?![\\p{L}])|;|:|\\bas saying\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:said|says|say|told|insisted|stressed|confirmed|added|noted|claimed|denied|denies|according to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DENIAL = Pattern.compile("\\b(?:denied|denies|deny|dismissed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|is|are|been|be|being)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIGHT_VERB = Pattern.compile(
            "\\b(?:held|hold|holds|holding|had|have|has|hosted|attended|made|make|making|conducted|gave|give|granted)\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** Words between a naming of an event and its own date: "the invasion, which began on Feb. 24, 2022". */
    private static final Pattern OWN_START = Pattern.compile(
            "(?i),\\s*(?:which|that)\\s+(?:began|started|took place|happened|was launched)\\s+(?:on|in)?\\s*");
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
            "\\b(?:the two sides|both sides|the sides|the delegations|the two delegations|the two men|the two leaders|the two ministers|the ministers|the leaders|the two countries|both countries|they)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_EVENT = Pattern.compile(
            "\\b(?:at|during|in)\\s+(?:the|that|this|their|its)\\s+(?:[\\p{L}-]+\\s+)?(meeting|call|talks|visit|summit|conversation|phone call|ceremony)\\b"
                    + "|\\b(?:the same day|later that day|that day|hours later|hours earlier|minutes later|shortly afterwards?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "three days after", "less than a day after": a gap from another event, not a date of its own. */
    private static final Pattern RELATIVE_GAP = Pattern.compile(
            "(?i)(?:(?:less|more) than )?(a|an|one|two|three|four|five|six|seven|several|\\d+) (day|days|week|weeks)(?: \\w+)? (after|before|later|earlier)");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven");
    private static final Pattern COMING_DAYS = Pattern.compile("(?i)\\b(?:in|over|within) the (?:coming|next few) days\\b");
    private static final Pattern REPORT_DATE = Pattern.compile(
            "\\b(?:said|says|told reporters|told journalists|announced|reported|added|statement)\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?$",
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
            "thursday", "friday", "saturday", "sunday", "an", "a", "the", "his", "her", "its", "their", "this", "that");

    /*
     * Patterns that the methods below once compiled at every call (String.matches, replaceAll, split): compiled once
     * here, the same expressions. The names say what each one looks for.
     */
    private static final Pattern SAID_AT_END = Pattern.compile("(?s)\\s+(?:said|says|reported|added|announced)\\s*[.!]?\\s*");
    private static final Pattern AFTER_COMMA = Pattern.compile("(?s).*,\\s*(?:the\\s+|a\\s+)?");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)who|whom|which|where");
    private static final Pattern APPOSITIVE = Pattern.compile("(?s)\\s*,[^,;]{0,90},\\s*(?:[\\p{L}]+\\s+)?");
    private static final Pattern ING_CLAUSE = Pattern.compile("(?s)\\s*,\\s*\\p{L}+ing\\b.*");
    private static final Pattern ENDS_WITH_AND = Pattern.compile("(?s).*\\band\\s*");
    private static final Pattern NAME_BETWEEN_COMMAS = Pattern.compile("(?s)\\s*,\\s*\\p{Lu}\\p{L}+\\s+\\p{Lu}[\\p{L}-]+\\s*,.*");
    private static final Pattern TWO_WORDS_AT_MOST = Pattern.compile("(?s)\\s*(?:[\\p{L}]+\\s+){0,2}");
    private static final Pattern ONLY_SPACES = Pattern.compile("\\s*");
    private static final Pattern SAID_IT_WOULD = Pattern.compile("(?s).*\\b(?:said|says|told|announced|expected)\\b.*\\bwould\\b.*");
    private static final Pattern CONDITION = Pattern.compile("(?is).*\\b(?:if|unless)\\b.*");
    private static final Pattern NEGATION_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:not|n't|never)\\s+(?:\\w+\\s+)?$");
    private static final Pattern DID_NOT_HAPPEN = Pattern.compile(
            "(?i)\\b(?:had|has|have|did|was|were)\\s+(?:not|n't|never)\\b(?!\\s+\\w+ing\\b)|\\bnever\\b");
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
                all.add(c);
            }
        }
        r.dateByReference(all);
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
    private static <T> int firstStartingAt(List<T> inTextOrder, java.util.function.ToIntFunction<T> startOf, int offset) {
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
            for (ActorMention m : actorsIn(s.start(), s.end())) {
                boolean inAttribution = attributionSpans.stream().anyMatch(a -> m.start() >= a[0] && m.end() <= a[1]);
                if (!inAttribution && !gazetteer.isMedia(m.actor())) {
                    actors.add(m);
                }
            }
            List<int[]> matches = triggers(st, base);
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
                            && o.left == c.left));
            Candidate statement = out.stream().filter(o -> o.type == EventType.STATEMENT).findFirst().orElse(null);
            if (statement != null) {
                boolean reportsOther = out.stream().anyMatch(o -> o != statement && o.type != EventType.STATEMENT
                        && o.sharesActor(statement));
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
            if (m.find()) {
                found = found != null ? found : m.group(1).trim();
                spans.add(new int[] {base, base + m.end()});
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
                    if (relative && comma > 0 && comma < ts && body.charAt(bs - 2) == ',') {
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
            boolean triggerQuoted = quoted[ts];
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
            c.mode = mode(s, ts, w[0], trig);
            int[] placeWindow = said ? new int[] {w[0], s.end()} : split > 0 && second ? new int[] {split, w[1]} : w;
            int from = split > 0 && second ? split : te;
            c.place = PLACED.contains(trig.type()) ? place(s, from, from, placeWindow) : null;
            boolean[] far = new boolean[1];
            c.date = textDate(s, from == te ? ts : from, from, from == te ? w : placeWindow, triggerQuoted, said, trig, far);
            c.dateFar = far[0];
            c.date = notInTheFuture(c.date, c.mode);
            return c;
        }

        private void verbParts(Candidate c, Sentence s, EventType type, int ts, int te, int[] w, List<ActorMention> actors) {
            if (type == EventType.STATEMENT && w[1] == te) {
                sayer(c, s, ts, te, actors);
                return;
            }
            String before = body.substring(w[0], ts);
            boolean passive = PASSIVE.matcher(before).find();
            ActorMention by = null;
            for (ActorMention m : actors) {
                if (m.start() >= te && m.end() <= w[1] && wordBefore(m.start(), te).equals("by")) {
                    by = m;
                    break;
                }
            }
            for (ActorMention m : actors) {
                if (m.start() >= w[2] && m.end() <= w[3]) {
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
            if (c.sources().isEmpty() && type != EventType.STATEMENT) {
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

        /** Who said it: the name right before "said" (or after an appositive), or right after ("said Peskov"). */
        private void sayer(Candidate c, Sentence s, int ts, int te, List<ActorMention> actors) {
            for (ActorMention m : actors) {
                if (m.end() <= ts && m.start() >= s.start()) {
                    String gap = body.substring(m.end(), ts);
                    boolean appositive = APPOSITIVE.matcher(gap).matches()
                            && !ING_CLAUSE.matcher(gap).matches() && !ENDS_WITH_AND.matcher(gap).matches()
                            && !NAME_BETWEEN_COMMAS.matcher(gap).matches();
                    if (TWO_WORDS_AT_MOST.matcher(gap).matches() || appositive) {
                        c.add(m, ParticipantRole.SOURCE);
                    }
                } else if (m.start() >= te && ONLY_SPACES.matcher(body.substring(te, m.start())).matches()
                        && (m.end() >= body.length() || ",.;".indexOf(body.charAt(m.end())) >= 0)) {
                    c.add(m, ParticipantRole.SOURCE);
                }
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
            String before = body.substring(Math.max(s.start(), ts - 40), ts);
            if (GENERIC.matcher(before).find() && !NEGATION_BEFORE.matcher(before).find()) {
                // "any annexation ... has no legal value" names a kind of event; "had not engaged in any talks" denies one
                return false;
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
                if (m.start() >= te && m.start() - te <= 40) {
                    String gap = body.substring(te, m.start()).toLowerCase(Locale.ROOT);
                    // "a video call of G7 leaders": who meet or call is said with "of" too, not who is invaded
                    boolean ofParties = SYMMETRIC.contains(type) && gap.matches("(?s)\\s+of\\s+(?:the\\s+)?");
                    if (ofParties || gap.matches("(?s)\\s+(?:with|between|by|to)\\s+(?:the\\s+|a\\s+|[\\p{L}]+\\s+){0,3}")
                            || gap.matches("(?s)\\s+(?:and|,)\\s+") && !c.participants.isEmpty()) {
                        ParticipantRole part = gap.contains(" by ") ? ParticipantRole.SOURCE
                                : gap.contains(" to ") && !SYMMETRIC.contains(type) ? ParticipantRole.TARGET : ParticipantRole.OTHER;
                        c.add(m, part);
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
                support = support || initial && !c.participants.isEmpty()
                        || LIGHT_VERB.matcher(before).find() && !c.participants.isEmpty();
            }
            boolean dated = !timesIn(Math.max(s.start(), ts - 25), Math.min(s.end(), te + 30)).isEmpty();
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
            return (support || dated) && !c.participants.isEmpty();
        }

        private EventMode mode(Sentence s, int ts, int left, EventPatterns.Trigger trig) {
            int from = Math.max(left, ts - 100);
            StringBuilder unquoted = new StringBuilder();
            for (int i = from; i < ts; i++) {
                unquoted.append(quoted[i] && !quoted[ts] ? ' ' : body.charAt(i));
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
            if (mode == EventMode.HYPOTHETICAL && SAID_IT_WOULD.matcher(near).matches()
                    && !CONDITION.matcher(s.text()).matches()) {
                mode = EventMode.PLANNED; // "Canada said it would sign": a plan told in reported speech
            }
            boolean speechAct = Set.of(EventType.STATEMENT, EventType.THREATEN, EventType.APPEAL, EventType.DEMAND).contains(trig.type());
            if (trig.type() == EventType.REJECT && mode == EventMode.HYPOTHETICAL || speechAct && mode == EventMode.HYPOTHETICAL) {
                mode = EventMode.ASSERTED; // "would not discuss" is the refusal itself; a warning is made, not supposed
            }
            String sentenceBefore = body.substring(s.start(), ts);
            if (trig.type() == EventType.REJECT && mode == EventMode.NEGATED
                    && !NEGATION_RIGHT_BEFORE.matcher(before).find()) {
                return EventMode.ASSERTED; // "had not been invited and would not recognise": the refusal carries its own negation
            }
            if (DENIAL.matcher(near).find()) {
                return EventMode.DENIED;
            }
            if (mode == EventMode.NEGATED && REPORTING.matcher(sentenceBefore).find()
                    && DID_NOT_HAPPEN.matcher(near).find()) {
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
                                   EventPatterns.Trigger trig, boolean[] farDate) {
            List<TimeExpression> farDates = new ArrayList<>();
            TimeExpression best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TimeExpression t : timesIn(s.start(), s.end())) {
                if (quoted[t.start()] && !triggerQuoted || isDateline(s, t) || RELATIVE_GAP.matcher(t.text()).find()) {
                    continue;
                }
                Matcher gap = RELATIVE_GAP.matcher(body).region(Math.min(t.end(), ts), ts);
                if (t.end() <= ts && gap.find()) {
                    continue; // "struck on Saturday, less than a day after X signed": Saturday is not X's day
                }
                String before = body.substring(Math.max(s.start(), t.start() - 30), t.start());
                boolean stance = READINESS.matcher(body.substring(ts, te)).lookingAt()
                        || trig.verb() && SPEECH_ACTS.contains(trig.type());
                if (trig.type() != EventType.STATEMENT && !stance && REPORT_DATE.matcher(before).find()) {
                    continue; // "a U.S. official said on Sunday" dates the report, not the event
                }
                if (!trig.verb()) {
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
                int distance = t.start() >= te ? t.start() - te : ts - t.end();
                if (t.start() < w[0] || t.end() > w[1]) {
                    distance += 1000;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = t;
                }
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
        private EventDate notInTheFuture(EventDate d, EventMode mode) {
            TimeValue v = d.value();
            boolean happened = mode == EventMode.ASSERTED || mode == EventMode.NEGATED || mode == EventMode.DENIED;
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

        /** Whether the words between "said" and a date only say where and when: "said at a conference in Dubai on". */
        private boolean saidWhen(int te, int dateStart) {
            String gap = body.substring(te, dateStart);
            return gap.length() <= 50 && !gap.matches("(?is).*\\b(?:that|he|she|it|they|we|the [a-z]+ (?:is|was|were|are))\\b.*")
                    && actorsIn(te, dateStart).isEmpty();
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
                for (Map.Entry<EventType, Pattern> e : patterns.nouns.entrySet()) {
                    Matcher m = RequiredLiterals.matcher(e.getValue(), st);
                    if (m.find() && nearestBefore(all, c, c.sentence.start() + m.start())) {
                        Candidate anchor = anchor(all, c, e.getKey(), false);
                        if (anchor != null) {
                            c.date = new EventDate(after(anchor.date.value()), DateBasis.ANAPHOR, m.group().trim());
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
                        c.date = new EventDate(anchor.date.value(), DateBasis.ANAPHOR, at.group().trim());
                    }
                }
            }
            for (Candidate c : all) {
                if (c.date.basis() == DateBasis.NONE && !c.verb) {
                    Candidate anchor = anchor(all, c, c.type, true);
                    if (anchor != null) {
                        c.date = new EventDate(anchor.date.value(), DateBasis.ANAPHOR, anchor.date.text());
                    }
                }
            }
            for (Candidate c : all) {
                if (c.date.basis() == DateBasis.NONE) {
                    EventDate context = context(all, c);
                    boolean ahead = c.mode == EventMode.PLANNED || c.mode == EventMode.HYPOTHETICAL;
                    if (context != null && ahead && context.value().latest().isBefore(published)) {
                        context = null; // a plan is not dated by what happened before it was made
                    }
                    if (context != null) {
                        c.date = context;
                    }
                }
                if (c.type == EventType.STATEMENT && c.needsOwnDate && c.date.basis() != DateBasis.TEXT
                        && c.date.basis() != DateBasis.CONTEXT) {
                    c.statementWorthy = false;
                }
            }
            for (Candidate c : all) {
                if (c.date.basis() == DateBasis.NONE && c.mode == EventMode.PLANNED && COMING_DAYS.matcher(c.sentence.text()).find()) {
                    LocalDate from = published.plusDays(1);
                    String week = String.format(Locale.ROOT, "%d-W%02d", from.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                            from.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    c.date = new EventDate(new TimeValue(TimexType.DATE, week, null, from, published.plusDays(7)), DateBasis.TEXT,
                            "in the coming days");
                }
            }
            boolean ownDay = tellsItsOwnDay(all);
            EventDate lead = ownDay ? leadDay(all) : null;
            for (Candidate c : all) {
                boolean happened = c.mode != EventMode.PLANNED && c.mode != EventMode.HYPOTHETICAL;
                if (c.date.basis() == DateBasis.NONE && lead != null && happened) {
                    c.date = lead;
                }
                if (c.date.basis() == DateBasis.NONE && ownDay && happened) {
                    c.date = new EventDate(new TimeValue(TimexType.DATE, published.toString(), null, published, published),
                            DateBasis.PUBLICATION, null);
                }
            }
        }

        /** "the two sides agreed": the parties of the last event with two or more. */
        void bothSides(Candidate c, List<Candidate> before) {
            if (c.participants.size() >= 2) {
                return;
            }
            String head = body.substring(c.sentence.start(), c.triggerStart);
            if (!BOTH_SIDES.matcher(head).find()) {
                return;
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                Candidate o = before.get(i);
                if (o.participants.size() >= 2 && o.sentence.index() >= c.sentence.index() - 3) {
                    for (Participant p : o.participants.values()) {
                        if (!c.participants.containsKey(p.actor().id())) {
                            c.participants.put(p.actor().id(), new Participant(p.actor(), p.role(),
                                    SYMMETRIC.contains(c.type) ? ParticipantRole.OTHER : ParticipantRole.SOURCE));
                        }
                    }
                    return;
                }
            }
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
            boolean after = g.group(3).equalsIgnoreCase("after") || g.group(3).equalsIgnoreCase("later");
            LocalDate d = after ? anchor.date.value().earliest().minusDays(days) : anchor.date.value().earliest().plusDays(days);
            c.date = new EventDate(new TimeValue(TimexType.DATE, d.toString(), null, d, d), DateBasis.ANAPHOR, g.group());
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
                if (o.sentence.index() == c.sentence.index() && !sameParties) {
                    continue;
                }
                count++;
                if (found == null || Math.abs(o.sentence.index() - c.sentence.index())
                        < Math.abs(found.sentence.index() - c.sentence.index())) {
                    found = o;
                }
            }
            return sameParties && count > 1 ? null : found;
        }

        private EventDate context(List<Candidate> all, Candidate c) {
            int idx = c.sentence.index();
            for (int back = 1; back <= 3; back++) {
                for (Candidate o : all) {
                    if (o.sentence.index() == idx - back && (o.date.basis() == DateBasis.TEXT || o.date.basis() == DateBasis.ANAPHOR)
                            && o.sharesActor(c)) {
                        return new EventDate(o.date.value(), DateBasis.CONTEXT, o.date.text());
                    }
                }
            }
            // the same paragraph, with no paragraph break between
            // the latest date before the sentence and after the paragraph's start, looked for backwards
            int paragraphStart = body.lastIndexOf('\n', c.sentence.start() - 1);
            List<TimeExpression> times = article.times();
            for (int i = firstStartingAt(times, TimeExpression::start, c.sentence.start()) - 1; i >= 0; i--) {
                TimeExpression t = times.get(i);
                if (t.start() <= paragraphStart) {
                    break;
                }
                if (t.end() <= c.sentence.start() && t.value().isAnchored() && t.value().type() == TimexType.DATE) {
                    return new EventDate(t.value(), DateBasis.CONTEXT, t.text());
                }
            }
            return null;
        }

        /** The day the article's lead tells of, when it is within three days of publication; else null. */
        private EventDate leadDay(List<Candidate> all) {
            for (Candidate o : all) {
                if (o.sentence.index() > 3) {
                    break;
                }
                TimeValue v = o.date.value();
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
    }

    /**
     * The time just after an anchor: after "the end of 2023" is the start of 2024; after a month, the month that
     * follows; after a day, the two weeks that follow.
     */
    static TimeValue after(TimeValue anchor) {
        String v = anchor.value();
        if (v.matches("\\d{4}")) {
            int y = Integer.parseInt(v);
            boolean end = anchor.mod() == org.parley.model.TimexMod.END || anchor.latest().getMonthValue() == 12 && anchor.earliest().getMonthValue() >= 7;
            if (end) {
                return new TimeValue(TimexType.DATE, String.valueOf(y + 1), org.parley.model.TimexMod.START,
                        LocalDate.of(y + 1, 1, 1), LocalDate.of(y + 1, 4, 30));
            }
            return new TimeValue(TimexType.DATE, v, org.parley.model.TimexMod.AFTER, anchor.earliest(), anchor.latest());
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            LocalDate next = anchor.latest().plusDays(1);
            return new TimeValue(TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", next.getYear(), next.getMonthValue()),
                    null, next, next.withDayOfMonth(next.lengthOfMonth()));
        }
        LocalDate from = anchor.latest().plusDays(1);
        return new TimeValue(TimexType.DATE, v, org.parley.model.TimexMod.AFTER, from, from.plusDays(13));
    }

    /** An event as read from one sentence, before dates from elsewhere and merging. */
    static final class Candidate {
        final EventType type;
        final String cameo;
        final Sentence sentence;
        String trigger;
        final int triggerStart;
        boolean verb;
        /** A noun's date taken from elsewhere in its sentence, which a verb's event of the sentence may own instead. */
        boolean dateFar;
        int left;
        final Map<String, Participant> participants = new LinkedHashMap<>();
        EventMode mode = EventMode.ASSERTED;
        EventDate date = EventDate.none();
        String place;
        String attribution;
        boolean statementWorthy = true;
        boolean needsOwnDate;
        /** Which of two happenings one verb tells ("with Scholz in Berlin and with Macron in Paris"); 0 for one. */
        int part;

        Candidate(EventType type, String cameo, Sentence sentence, String trigger, int triggerStart) {
            this.type = type;
            this.cameo = cameo;
            this.sentence = sentence;
            this.trigger = trigger;
            this.triggerStart = triggerStart;
        }

        void add(ActorMention m, ParticipantRole part) {
            Participant old = participants.get(m.actor().id());
            if (old != null && rank(old.part()) <= rank(part)) {
                return;
            }
            participants.put(m.actor().id(), new Participant(m.actor(), m.role(), part));
        }

        private static int rank(ParticipantRole r) {
            return switch (r) {
                case SOURCE -> 0;
                case TARGET -> 1;
                case OTHER -> 2;
            };
        }

        List<Actor> sources() {
            return participants.values().stream().filter(p -> p.part() == ParticipantRole.SOURCE).map(Participant::actor).toList();
        }

        List<Actor> objects() {
            return participants.values().stream().filter(p -> p.part() != ParticipantRole.SOURCE).map(Participant::actor).toList();
        }

        boolean sharesActor(Candidate o) {
            for (String id : participants.keySet()) {
                if (o.participants.containsKey(id)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether another report of the same type in the same sentence tells the same happening: same mode, no other date. */
        boolean sameHappening(Candidate o) {
            if (mode != o.mode || part != o.part) {
                return false;
            }
            if (date.basis() == DateBasis.TEXT && o.date.basis() == DateBasis.TEXT) {
                return date.value().overlaps(o.date.value()) || date.value().value().equals(o.date.value().value());
            }
            return true;
        }

        /** Joins another trigger of the same type and happening in the same sentence. */
        Candidate absorb(Candidate o) {
            Candidate first = this.verb || !o.verb ? this : o;
            Candidate second = first == this ? o : this;
            for (Participant p : second.participants.values()) {
                Participant old = first.participants.get(p.actor().id());
                if (old == null || rank(p.part()) < rank(old.part())) {
                    first.participants.put(p.actor().id(), p);
                }
            }
            if (first.date.basis() == DateBasis.NONE) {
                first.date = second.date;
            }
            if (first.place == null) {
                first.place = second.place;
            }
            if (!first.trigger.equalsIgnoreCase(second.trigger)) {
                first.trigger = first.triggerStart <= second.triggerStart
                        ? first.trigger + " … " + second.trigger : second.trigger + " … " + first.trigger;
            }
            return first;
        }

        Event toEvent(Article article, EventPatterns patterns) {
            List<Participant> parts = new ArrayList<>(participants.values());
            parts.sort(Comparator.comparingInt(p -> rank(p.part())));
            List<Participant> withRoles = new ArrayList<>();
            LocalDate day = date.value() != null && date.value().isAnchored() ? date.value().earliest() : article.published();
            for (Participant p : parts) {
                String role = p.actor().roleOn(day).map(org.parley.model.Role::title).orElse(p.role());
                withRoles.add(new Participant(p.actor(), role, p.part()));
            }
            Mention mention = new Mention(article.id(), article.published(), article.title(), article.url(),
                    sentence.text(), sentence.start(), sentence.end(), trigger);
            String summary = EventIds.summary(type, mode, withRoles, patterns.summaries.get(type), place);
            return new Event(EventIds.id(type, mode, withRoles, date), type, mode, date, withRoles, place, summary,
                    attribution, List.of(mention));
        }
    }
}
