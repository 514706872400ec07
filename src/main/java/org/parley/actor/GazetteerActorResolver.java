package org.parley.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actor.Gazetteer.NameEntry;
import org.parley.actor.Gazetteer.NameKind;
import org.parley.actor.Gazetteer.TitleClass;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorMention;
import org.parley.model.AnalyzedText;
import org.parley.model.Role;
import org.parley.text.RequiredLiterals;

/**
 * Resolves the names of an article to actors with a {@link Gazetteer}, finds persons it does not know from their
 * titles, and follows references back to them ("Mr. Sullivan", "the spokesperson", "the Kremlin owner").
 *
 * <p>Why words rather than a statistical recogniser: diplomatic news names few actors, mostly known ones, and the
 * hard part is telling a capital that stands for a government ("Washington said") from a place ("met in
 * Washington"), which a word's neighbours decide. Stateless between calls, so thread-safe.
 */
public final class GazetteerActorResolver implements ActorResolver {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*(?:['’]\\p{L}{2,})?");
    /** Words before a state's name that make it a place, not a party. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "from", "outside", "inside", "across",
            "throughout", "around", "via", "visited", "visit", "visiting", "toured", "into", "within", "over",
            "left", "leaving", "arrived", "reached", "towards");
    private static final Set<String> MOTION = Set.of("travelled", "traveled", "flew", "went", "trip", "visit", "arrived",
            "returned", "headed", "came", "moved", "travel", "fly", "journey", "way", "route");
    private static final Set<String> HONORIFIC = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame");
    /** Nouns after a demonym that make it stand for its state ("the Russian side", "US officials"). */
    private static final Set<String> STATE_GROUPS = Set.of("side", "government", "officials", "authorities", "forces",
            "troops", "army", "military", "delegation", "diplomats", "negotiators", "leadership", "administration",
            "ministry", "foreign ministry", "defence ministry", "defense ministry", "navy", "air force", "parliament",
            "official", "territory", "territories", "provinces", "regions", "delegations", "sides", "leaders",
            "ministers", "negotiating team", "team", "envoy", "envoys", "president", "leader", "missiles", "missile",
            "drones", "jets", "warplanes", "artillery", "port", "city", "town", "capital", "positions", "border");
    /** "He said", "She also urged" opening a sentence: the person the sentence before named first, its subject. */
    private static final Pattern SPEAKER_PRONOUN = Pattern.compile("(?:^|(?<=[.!?\u201d\"]\\s))(He|She)(?=\\s+(?:also\\s+)?(?:said|says|told|added|warned|stressed|insisted|called|urged|asked|accused|demanded|proposed|rejected|noted|argued|met|spoke)\\b)",
            Pattern.MULTILINE);
    /** "It hosted", "It said" opening a sentence: a state or body acting, never "It was" or "It is". */
    private static final Pattern STATE_PRONOUN = Pattern.compile(
            "(?:^|(?<=[.!?\u201d\"]\\s))(It)(?=\\s+(?:(?:has|had|also|later|then|has also|had also)\\s+)?"
                    + "(?:\\p{Ll}+ed|said|says|told|sent|made|held|brought|took|gave|won|struck|led)\\b)",
            Pattern.MULTILINE);
    private static final Pattern OPENING_ARTICLE = Pattern.compile("\\s*(?:[Tt]he\\s+)?");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "of", "and", "but", "for",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "his", "her", "their", "its");
    private static final Pattern LEADER = Pattern.compile(
            "\\b(?i:the)\\s+(?:([A-Z][\\p{L}]+)\\s+)?(owner|leader|president|premier|prime minister|chancellor|head of state|spokesperson|spokesman|spokeswoman|foreign minister|top diplomat)\\b");
    private static final Pattern COUNTERPART = Pattern.compile(
            "\\b(?i:his|her|their)\\s+([A-Z][\\p{L}]+)\\s+counterparts?\\b");

    private final Gazetteer gazetteer;
    private final Set<String> notSurnames;
    private final NameLists lists;

    /** A resolver over the shipped gazetteer. */
    public GazetteerActorResolver() {
        this(Gazetteer.standard());
    }

    /** A resolver over a gazetteer, for instance the shipped one with a user's file added. */
    public GazetteerActorResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.notSurnames = readWords("/parley/data/actors/not-surnames.txt");
        this.lists = NameLists.standard();
    }

    /** The gazetteer it resolves against. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    static Set<String> readWords(String resource) {
        Set<String> out = new HashSet<>();
        InputStream in = GazetteerActorResolver.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(NameFolding.key(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return Set.copyOf(out);
    }

    @Override
    public List<ActorMention> resolve(AnalyzedText text, LocalDate published) {
        return new Run(text, published).resolve();
    }

    /** One article's resolution: the words, what is taken, and the persons met so far. */
    private final class Run {
        private final AnalyzedText text;
        private final String body;
        private final String folded;
        private final LocalDate day;
        private final List<int[]> words = new ArrayList<>();
        private final boolean[] taken;
        private final List<ActorMention> found = new ArrayList<>();
        private final Map<String, Actor> unknown = new HashMap<>();
        /** The folded words, each cut from the folded text once: every pass over the words asks for them. */
        private String[] foldedWords;
        /** The first words of the company names met ("Dean" of "Dean Foods Co"): alone, they name the company. */
        private final Set<String> companyHeads = new HashSet<>();
        private final Map<Integer, Boolean> capitalsLines = new HashMap<>();

        Run(AnalyzedText text, LocalDate day) {
            this.text = text;
            this.body = text.text();
            this.folded = NameFolding.fold(body);
            this.day = day;
            this.taken = new boolean[body.length() + 1];
            Matcher m = WORD.matcher(body);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
        }

        List<ActorMention> resolve() {
            // "General Motors Corp" is a company before "General" can be a title or "Hong Kong" a state
            companies();
            // "NATO leaders", "European leaders" name the group before "NATO" or "European" can name the state
            groups(2);
            names();
            titledStrangers();
            references();
            demonymGroups();
            surnames();
            groups(1);
            found.sort(Comparator.comparingInt(ActorMention::start));
            speakerPronouns();
            statePronouns();
            found.sort(Comparator.comparingInt(ActorMention::start));
            return List.copyOf(found);
        }

        private String word(int i) {
            if (i < 0 || i >= words.size()) {
                return "";
            }
            if (foldedWords == null) {
                foldedWords = new String[words.size()];
            }
            String w = foldedWords[i];
            if (w == null) {
                w = folded.substring(words.get(i)[0], words.get(i)[1]);
                foldedWords[i] = w;
            }
            return w;
        }

        /**
         * The look-up keys of the runs of words that start at word i, of one word, two words and so on up to
         * {@code maxWords}, ending before the first run that no key of {@code prefixes} begins with: longer runs
         * could not match either. Each key is {@link NameFolding#key} of the run's text, built from the one before.
         */
        private List<String> runKeys(int i, int maxWords, KeyPrefixes prefixes) {
            List<String> keys = new ArrayList<>(2);
            // A word holds no space, so its key is its folded text.
            String key = word(i);
            StringBuilder run = null;
            for (int j = i; j < words.size() && j - i < maxWords; j++) {
                if (j > i) {
                    if (run == null) {
                        run = new StringBuilder(key);
                    }
                    key = NameFolding.appendKey(run, folded, words.get(j - 1)[1], words.get(j)[1]).toString();
                }
                if (!prefixes.begins(key)) {
                    break;
                }
                keys.add(key);
            }
            return keys;
        }

        private boolean free(int start, int end) {
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    return false;
                }
            }
            return true;
        }

        private void take(int start, int end, Actor actor, String role) {
            for (int i = start; i < end; i++) {
                taken[i] = true;
            }
            if (actor != null) {
                found.add(new ActorMention(start, end, body.substring(start, end), actor, role));
            }
        }

        /** Whether only spaces (no punctuation, no line break) lie between two offsets. */
        private boolean joined(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = body.charAt(i);
                if (c != ' ' && c != '\u00a0' && c != '-') {
                    return false;
                }
            }
            return to - from <= 2;
        }

        /** Whether word k and the next are joined, allowing the full stop of an abbreviation ("U.S. Secretary"). */
        private boolean joinedAfterAbbreviation(int k) {
            int end = words.get(k)[1];
            if (end < body.length() && body.charAt(end) == '.' && body.substring(words.get(k)[0], end).contains(".")) {
                end++;
            }
            return k + 1 < words.size() && joined(end, words.get(k + 1)[0]);
        }

        /**
         * Whether words read as a name of one of the gazetteer's hits. A short word is one in capitals ("US", "UN") or
         * spelled as the gazetteer spells a name of the hit ("Iran", "Cuba", "Xi"): "us" and "Us" name no state.
         */
        private boolean looksLikeName(int start, int end, List<NameEntry> hits) {
            String s = body.substring(start, end);
            String letters = s.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty()) {
                return false;
            }
            if (letters.length() <= 4) {
                return letters.equals(letters.toUpperCase(Locale.ROOT)) || hits.stream().map(NameEntry::actor)
                        .anyMatch(a -> a.name().equals(s) || a.aliases().contains(s));
            }
            return Character.isUpperCase(s.charAt(0)) || s.matches("(?i)(al|el|von|de|van|bin)[- ].*");
        }

        private boolean capitalised(int i) {
            return Character.isUpperCase(body.charAt(words.get(i)[0]));
        }

        /** Whether word i stands on a line of capitals (a headline, a table: "BOLIVIA nil 7,500"). */
        private boolean onCapitalsLine(int i) {
            int from = body.lastIndexOf('\n', words.get(i)[0]) + 1;
            // a line is asked about once for each of its capitalised names: the answer is kept by its first offset
            return capitalsLines.computeIfAbsent(from, f -> {
                int to = body.indexOf('\n', f);
                for (int k = f, end = to < 0 ? body.length() : to; k < end; k++) {
                    if (Character.isLowerCase(body.charAt(k))) {
                        return false;
                    }
                }
                return true;
            });
        }

        /** Whether a possessive ("Japan's") ends word i. */
        private boolean possessive(int i) {
            String w = word(i);
            return w.endsWith("'s") || w.endsWith("’s");
        }

        /**
         * Company names, taken whole with no actor: a run of capitalised words up to a company word ("General Motors
         * Corp", "Dean Foods Co", "Hong Kong Electric Holdings Ltd"), or from one through "of" ("Royal Bank of Canada").
         * A run that the gazetteer knows as a body ("World Bank", "International Monetary Fund") is left to it.
         */
        private void companies() {
            for (int i = 0; i < words.size(); i++) {
                if (!lists.companyWords().contains(word(i)) || !capitalised(i) || taken[words.get(i)[0]] || onCapitalsLine(i)) {
                    continue;
                }
                int from = i;
                while (from > 0 && joined(words.get(from - 1)[1], words.get(from)[0]) && capitalised(from - 1)
                        && !NOT_NAMES.contains(word(from - 1)) && !possessive(from - 1) && !taken[words.get(from - 1)[0]]) {
                    from--;
                }
                int to = i;
                while (to + 1 < words.size() && joined(words.get(to)[1], words.get(to + 1)[0]) && capitalised(to + 1)
                        && lists.companyWords().contains(word(to + 1))) {
                    to++;
                }
                if (to + 2 < words.size() && word(to + 1).equals("of") && joined(words.get(to)[1], words.get(to + 1)[0])
                        && joined(words.get(to + 1)[1], words.get(to + 2)[0]) && capitalised(to + 2)) {
                    to += 2; // "Bank of Canada", "Stock Exchange of Hong Kong"
                    while (to + 1 < words.size() && joined(words.get(to)[1], words.get(to + 1)[0]) && capitalised(to + 1)
                            && !NOT_NAMES.contains(word(to + 1))) {
                        to++;
                    }
                }
                if (from == i && to == i || knownBody(from, to)) {
                    continue;
                }
                take(words.get(from)[0], words.get(to)[1], null, null);
                if (from < i) {
                    companyHeads.add(word(from));
                }
                i = to;
            }
        }

        /** Whether the gazetteer knows a body (not a state) among words from..to, or the whole run as a name. */
        private boolean knownBody(int from, int to) {
            for (int s = from; s <= to; s++) {
                List<String> keys = runKeys(s, Math.min(gazetteer.maxNameWords(), to - s + 1), gazetteer.namePrefixes());
                for (String key : keys) {
                    for (NameEntry e : gazetteer.lookup(key)) {
                        if (e.actor().kind() == ActorKind.ORGANIZATION || e.actor().kind() == ActorKind.GROUP) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * Whether a state's name at words i..j is part of a longer name: a capitalised word right before it that is no
         * modifier of states ("Air France", "Ford Canada", "Northern Ireland"), or one right after it that is no body of
         * its government ("Japan Airlines", "Canada Packers"; not "U.S. Congress"). At the start of a sentence the word
         * before is read by its part of speech: "Ford Canada said" is a name, "Meanwhile Canada said" is not.
         */
        private boolean partOfAnotherName(int i, int j) {
            if (onCapitalsLine(i)) {
                return false;
            }
            if (i > 0 && joined(words.get(i - 1)[1], words.get(i)[0]) && capitalised(i - 1)) {
                String w = word(i - 1);
                // a person's name just before ("told Funaro Brazil had to") is no company's
                boolean ordinary = NOT_NAMES.contains(w) || HONORIFIC.contains(w) || lists.stateModifiers().contains(w)
                        || gazetteer.titleClass(w).isPresent() || gazetteer.demonym(w, day).isPresent()
                        || !gazetteer.lookup(w).isEmpty() || body.substring(words.get(i - 1)[0], words.get(i - 1)[1]).contains(".")
                        || taken[words.get(i - 1)[0]] || !gazetteer.bySurname(w).isEmpty();
                if (!ordinary && (capitalReliable(i - 1) || isProperNoun(i - 1))) {
                    return true;
                }
            }
            if (j + 1 < words.size() && joined(words.get(j)[1], words.get(j + 1)[0]) && capitalised(j + 1)
                    && !possessive(j)) {
                String w = word(j + 1);
                boolean body = NOT_NAMES.contains(w) || lists.stateBodies().contains(w) || STATE_GROUPS.contains(w)
                        || gazetteer.titleClass(w).isPresent() || !gazetteer.lookup(w).isEmpty()
                        || gazetteer.demonym(w, day).isPresent();
                return !body && (capitalReliable(j + 1) || isProperNoun(j + 1));
            }
            return false;
        }

        /** "a Hong Kong investment firm", "an Egypt visit": a state's name as a modifier after "a", not the state. */
        private boolean attributive(int i, int j) {
            String before = word(i - 1);
            return (before.equals("a") || before.equals("an")) && j + 1 < words.size()
                    && Character.isLowerCase(body.charAt(words.get(j + 1)[0]));
        }

        /**
         * Whether word i's capital says it is a name: not when it opens its sentence (or follows only a dateline or an
         * opening quote), nor after a word ending in a full stop (the wire capitalises after "U.S.": "The U.S. Wants").
         */
        private boolean capitalReliable(int i) {
            org.parley.model.Sentence s = text.sentenceAt(words.get(i)[0]);
            boolean opens = s == null || body.substring(s.start(), words.get(i)[0]).chars().noneMatch(Character::isLetterOrDigit)
                    || i > 0 && body.substring(words.get(i - 1)[1], words.get(i)[0]).contains("-");
            return !opens && !(i > 0 && words.get(i - 1)[1] < body.length() && body.charAt(words.get(i - 1)[1]) == '.');
        }

        /** Whether the tagger reads word i as a proper noun: the text stage's parts of speech, read only here. */
        private boolean isProperNoun(int i) {
            org.parley.model.Sentence s = text.sentenceAt(words.get(i)[0]);
            if (s == null) {
                return false;
            }
            for (org.parley.model.Token t : s.tokens()) {
                if (t.start() == words.get(i)[0]) {
                    return t.pos().equals("PROPN");
                }
            }
            return false;
        }

        /** Gazetteer names, longest first; persons take their title words with them. */
        private void names() {
            int max = gazetteer.maxNameWords();
            for (int i = 0; i < words.size(); i++) {
                int start = words.get(i)[0];
                if (taken[start]) {
                    continue;
                }
                List<String> keys = runKeys(i, max, gazetteer.namePrefixes());
                for (int j = i + keys.size() - 1; j >= i; j--) {
                    boolean ok = true;
                    for (int k = i + 1; k <= j; k++) {
                        ok &= joinedAfterAbbreviation(k - 1);
                    }
                    if (!ok) {
                        continue;
                    }
                    int end = words.get(j)[1];
                    if (gazetteer.isNotActor(keys.get(j - i))) {
                        take(start, end, null, null); // "New Jersey": no state inside
                        i = j;
                        break;
                    }
                    List<NameEntry> hits = gazetteer.lookup(keys.get(j - i), day);
                    if (hits.isEmpty() && end < body.length() && body.charAt(end) == '.') {
                        hits = gazetteer.lookup(keys.get(j - i) + ".", day);
                        if (!hits.isEmpty()) {
                            end++;
                        }
                    }
                    if (hits.isEmpty() || !looksLikeName(start, end, hits)) {
                        continue;
                    }
                    name(i, j, start, end, pick(hits));
                    i = j;
                    break;
                }
            }
        }

        private NameEntry pick(List<NameEntry> hits) {
            for (NameEntry e : hits) {
                if (e.actor().kind() != ActorKind.PERSON || day == null || e.actor().roleOn(day).isPresent()) {
                    return e;
                }
            }
            return hits.get(0);
        }

        private void name(int i, int j, int start, int end, NameEntry e) {
            Actor a = e.actor();
            if (e.kind() == NameKind.MEDIA) {
                take(start, end, null, null);
                return;
            }
            if (a.kind() == ActorKind.PERSON) {
                int[] title = titleBefore(i);
                int from = title == null ? start : title[0];
                String role = title == null ? null : body.substring(title[1], title[2]);
                take(from, end, a, role);
                return;
            }
            if (isDateline(start, end)) {
                return; // "BRUSSELS, March 2 -": where the story was written
            }
            if (a.kind() == ActorKind.STATE && (isPlace(i) || titleAfter(j))) {
                // a place, or the country qualifier of a title that the person's mention takes
                return;
            }
            if (a.kind() == ActorKind.STATE && e.kind() == NameKind.NAME && (partOfAnotherName(i, j) || attributive(i, j))) {
                return; // "Air France", "Japan Airlines", "a Hong Kong investment firm"
            }
            if (a.kind() == ActorKind.STATE && j + 1 < words.size() && joined(end, words.get(j + 1)[0])) {
                String next = word(j + 1);
                String next2 = j + 2 < words.size() ? next + " " + word(j + 2) : "";
                if (STATE_GROUPS.contains(next2)) {
                    end = words.get(j + 2)[1];
                } else if (STATE_GROUPS.contains(next)) {
                    end = words.get(j + 1)[1];
                }
            }
            take(start, end, a, null);
        }

        /** Whether a name is the place of a wire story's dateline ("KYIV/ISTANBUL - ", "MOSCOW, Nov 11 -"). */
        private boolean isDateline(int start, int end) {
            String name = body.substring(start, end);
            if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.replaceAll("[^\\p{L}]", "").length() < 3) {
                return false;
            }
            int line = body.lastIndexOf('\n', start) + 1;
            String before = body.substring(line, start);
            String after = body.substring(end, Math.min(body.length(), end + 40));
            return before.matches("[\\p{Lu} /.'’-]*") && after.matches("(?s)[\\p{Lu} /.'’-]*(?:\\([^)]*\\))?\\s*(?:[-–—]|,).*");
        }

        /** Whether a name at word i stands for a place: "met in Türkiye", "speaking in Washington". */
        private boolean isPlace(int i) {
            int p = i - 1;
            if (word(p).equals("the")) {
                p--;
            }
            String before = word(p);
            if (PLACE_BEFORE.contains(before) && !before.equals("from")) {
                return true;
            }
            if (before.equals("from")) {
                // "a call from Washington" is the government calling; "returned from Moscow" is a place
                return MOTION.contains(word(p - 1)) || word(p - 1).endsWith("ed") && !word(p - 1).equals("signalled");
            }
            return before.equals("to") && (MOTION.contains(word(p - 1)) || MOTION.contains(word(p - 2)));
        }

        /**
         * Whether a title and a capitalised name follow word j ("US President Joe Biden"), the title perhaps after the
         * capitalised words of a portfolio ("U.S. Agriculture Secretary Richard Lyng").
         */
        private boolean titleAfter(int j) {
            for (int p = 1; p <= 2 && j + p + 1 < words.size(); p++) {
                if (!capitalised(j + p) || !joinedAfterAbbreviation(j + p - 1)) {
                    break;
                }
                if (isPortfolio(j + p) && titleAt(j + p + 1) && joinedAfterAbbreviation(j)) {
                    return true;
                }
            }
            return titleAt(j + 1) && joinedAfterAbbreviation(j);
        }

        /** A capitalised word that may name a minister's portfolio: no title, no name of an actor, no function word. */
        private boolean isPortfolio(int k) {
            String w = word(k);
            return capitalised(k) && !NOT_NAMES.contains(w) && gazetteer.titleClass(w).isEmpty() && gazetteer.lookup(w).isEmpty();
        }

        /** Whether a title of one to three words starts at word k and a capitalised name follows it. */
        private boolean titleAt(int k) {
            int j = k - 1;
            for (int n = 3; n >= 1; n--) {
                if (j + n >= words.size()) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int x = k; x <= j + n; x++) {
                    sb.append(x > k ? " " : "").append(word(x));
                }
                if (gazetteer.titleClass(sb.toString()).isPresent() && j + n + 1 < words.size()
                        && Character.isUpperCase(body.charAt(words.get(j + n + 1)[0]))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The title words right before word i, with any country or seat before them: {start of all, start of the
         * title proper, end of the title}; null when there are none.
         */
        private int[] titleBefore(int i) {
            int firstTitle = -1;
            int k = i - 1;
            while (k >= 0 && i - k <= 5 && joined(words.get(k)[1], words.get(k + 1)[0])) {
                boolean matched = false;
                for (int n = 3; n >= 1 && !matched; n--) {
                    int s = k - n + 1;
                    if (s < 0) {
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int x = s; x <= k; x++) {
                        sb.append(x > s ? " " : "").append(word(x));
                    }
                    if (gazetteer.titleClass(sb.toString()).isPresent()) {
                        firstTitle = s;
                        k = s - 1;
                        matched = true;
                    }
                }
                if (!matched) {
                    break;
                }
            }
            if (firstTitle < 0) {
                if (i > 0 && HONORIFIC.contains(word(i - 1)) && joined(words.get(i - 1)[1] + 1, words.get(i)[0])) {
                    return new int[] {words.get(i - 1)[0], words.get(i - 1)[0], words.get(i - 1)[0]};
                }
                return null;
            }
            int titleStart = words.get(firstTitle)[0];
            int titleEnd = words.get(i - 1)[1];
            int from = titleStart;
            int q = firstTitle - 1;
            // qualifiers before the title: "White House", "Kremlin", "Russian", "former", "senior"
            while (q >= 0 && firstTitle - q <= 3 && joinedAfterAbbreviation(q)) {
                String w = word(q);
                boolean qualifier = gazetteer.demonym(w).isPresent() || !gazetteer.lookup(w).isEmpty()
                        || Set.of("former", "senior", "top", "deputy", "acting", "chief", "then", "house", "white").contains(w);
                if (!qualifier && q > 0 && !gazetteer.lookup(word(q - 1) + " " + w).isEmpty()) {
                    qualifier = true;
                }
                if (!qualifier && firstTitle - q <= 2 && isPortfolio(q) && q > 0 && joinedAfterAbbreviation(q - 1)
                        && (gazetteer.demonym(word(q - 1), day).isPresent() || !gazetteer.lookup(word(q - 1), day).isEmpty()
                        || !gazetteer.lookup(word(q - 1) + ".", day).isEmpty())) {
                    qualifier = true; // "U.S. Agriculture Secretary", "Japanese Finance Minister": a portfolio
                }
                if (!qualifier) {
                    break;
                }
                from = words.get(q)[0];
                q--;
            }
            return new int[] {from, titleStart, titleEnd};
        }

        /** The country a span of qualifier words names ("Kremlin spokesman" -> RUS), or null. */
        private String countryOf(String words) {
            for (String w : NameFolding.key(words).split(" ")) {
                Optional<Actor> d = gazetteer.demonym(w, day);
                if (d.isPresent()) {
                    return d.get().country();
                }
            }
            String k = NameFolding.key(words);
            for (int n = 3; n >= 1; n--) {
                String[] w = k.split(" ");
                for (int s = 0; s + n <= w.length; s++) {
                    String key = String.join(" ", java.util.Arrays.copyOfRange(w, s, s + n));
                    for (NameEntry e : gazetteer.lookup(key, day)) {
                        if (e.actor().kind() == ActorKind.STATE) {
                            return e.actor().country();
                        }
                    }
                }
            }
            return null;
        }

        /** Persons the gazetteer does not know, introduced by a title: "American journalist Tucker Carlson". */
        private void titledStrangers() {
            for (int i = 1; i < words.size(); i++) {
                int start = words.get(i)[0];
                if (taken[start] || !Character.isUpperCase(body.charAt(start)) || NOT_NAMES.contains(word(i))) {
                    continue;
                }
                int[] title = titleBefore(i);
                if (title == null || title[1] == title[2] || !free(title[0], start)) {
                    continue;
                }
                int j = i;
                while (j + 1 < words.size() && j - i < 3 && joined(words.get(j)[1], words.get(j + 1)[0])
                        && Character.isUpperCase(body.charAt(words.get(j + 1)[0])) && !NOT_NAMES.contains(word(j + 1))
                        && !taken[words.get(j + 1)[0]]) {
                    j++;
                }
                int nameEnd = j;
                while (nameEnd > i && word(nameEnd).equals(word(nameEnd - 1))) {
                    nameEnd--; // "Tucker Carlson Carlson": a scraping stutter
                }
                if (nameEnd == i) {
                    continue; // one word after a title is a family name, left to surnames()
                }
                String name = body.substring(start, words.get(nameEnd)[1]);
                String role = body.substring(title[1], title[2]);
                String country = countryOf(body.substring(title[0], title[2]));
                String id = NameFolding.slug(name);
                Actor a = unknown.computeIfAbsent(id, x -> new Actor(id, name, ActorKind.PERSON, country, List.of(),
                        List.of(new Role(role, country, null, null))));
                take(title[0], words.get(j)[1], a, role);
                i = j;
            }
        }

        /** The persons met in the article so far, in text order. */
        private List<ActorMention> persons() {
            List<ActorMention> out = new ArrayList<>();
            for (ActorMention m : found) {
                if (m.actor().kind() == ActorKind.PERSON) {
                    out.add(m);
                }
            }
            out.sort(Comparator.comparingInt(ActorMention::start));
            return out;
        }

        private Optional<TitleClass> classOf(ActorMention m) {
            if (m.role() != null) {
                Optional<TitleClass> c = gazetteer.classOfOffice(m.role());
                if (c.isPresent()) {
                    return c;
                }
            }
            return m.actor().roleOn(day).flatMap(r -> gazetteer.classOfOffice(r.title()));
        }

        /** "the spokesperson", "the Kremlin owner", "the Israeli leader", "his Turkish counterpart". */
        private void references() {
            Matcher m = RequiredLiterals.matcher(LEADER, body);
            while (m.find()) {
                if (!freeButStates(m.start(), m.end()) || m.end() < body.length() && Character.isUpperCase(nextChar(m.end()))) {
                    continue; // "the president Vladimir Putin" is a title, not a reference
                }
                String qualifier = m.group(1);
                String noun = m.group(2).toLowerCase(Locale.ROOT);
                String country = qualifier == null ? null : countryOf(qualifier);
                if (qualifier != null && country == null) {
                    continue;
                }
                TitleClass cls = switch (noun) {
                    case "spokesperson", "spokesman", "spokeswoman" -> TitleClass.SPOKESPERSON;
                    case "foreign minister", "top diplomat" -> TitleClass.MINISTER;
                    default -> TitleClass.HEAD;
                };
                if (noun.equals("owner") && country == null) {
                    continue;
                }
                Actor a = lastPerson(m.start(), country, cls);
                if (a == null && country != null) {
                    a = gazetteer.officeHolder(country, cls, cls == TitleClass.MINISTER ? "Foreign Minister" : null, day)
                            .orElse(null);
                }
                if (a != null) {
                    found.removeIf(x -> x.start() >= m.start() && x.end() <= m.end());
                    take(m.start(), m.end(), a, null);
                }
            }
            Matcher c = RequiredLiterals.matcher(COUNTERPART, body);
            while (c.find()) {
                String country = countryOf(c.group(1));
                if (country == null || !free(c.start(), c.end())) {
                    continue;
                }
                ActorMention previous = null;
                for (ActorMention p : persons()) {
                    if (p.start() < c.start() && !country.equals(p.actor().country())) {
                        previous = p;
                    }
                }
                if (previous == null) {
                    continue;
                }
                String office = previous.actor().roleOn(day).map(Role::title).orElse(null);
                Actor a = office == null ? null : gazetteer.officeHolder(country, null, office, day).orElse(null);
                if (a == null) {
                    a = classOf(previous).flatMap(cls -> gazetteer.officeHolder(country, cls, null, day)).orElse(null);
                }
                if (a != null) {
                    take(c.start(), c.end(), a, null);
                }
            }
        }

        /** Whether a span is free or taken only by states, which a longer reference may swallow ("the Kremlin owner"). */
        private boolean freeButStates(int start, int end) {
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    final int at = i;
                    boolean state = found.stream().anyMatch(x -> x.start() <= at && at < x.end()
                            && x.actor().kind() == ActorKind.STATE && x.start() >= start && x.end() <= end);
                    if (!state) {
                        return false;
                    }
                }
            }
            return true;
        }

        private char nextChar(int at) {
            int i = at;
            while (i < body.length() && body.charAt(i) == ' ') {
                i++;
            }
            return i < body.length() ? body.charAt(i) : ' ';
        }

        private Actor lastPerson(int before, String country, TitleClass cls) {
            Actor best = null;
            for (ActorMention p : persons()) {
                if (p.start() >= before) {
                    break;
                }
                boolean countryFits = country == null || country.equals(p.actor().country());
                if (countryFits && classOf(p).orElse(TitleClass.OTHER) == cls) {
                    best = p.actor();
                }
            }
            return best;
        }

        /** "US officials", "the Russian side": a demonym with a group noun stands for the state. */
        private void demonymGroups() {
            // "Russian and Ukrainian delegations": the first demonym shares the second's noun
            for (int i = 0; i + 3 < words.size(); i++) {
                Optional<Actor> first = gazetteer.demonym(word(i), day);
                Optional<Actor> second = gazetteer.demonym(word(i + 2), day);
                int start = words.get(i)[0];
                if (first.isPresent() && second.isPresent() && word(i + 1).equals("and") && !taken[start]
                        && Character.isUpperCase(body.charAt(start)) && STATE_GROUPS.contains(word(i + 3))
                        && free(words.get(i + 2)[0], words.get(i + 3)[1])) {
                    take(start, words.get(i)[1], first.get(), null);
                    take(words.get(i + 2)[0], words.get(i + 3)[1], second.get(), null);
                }
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                Optional<Actor> state = gazetteer.demonym(word(i), day);
                int start = words.get(i)[0];
                if (state.isEmpty() || !Character.isUpperCase(body.charAt(start)) || taken[start]) {
                    continue;
                }
                for (int n = 2; n >= 1; n--) {
                    if (i + n >= words.size() || !joined(words.get(i)[1], words.get(i + 1)[0])) {
                        continue;
                    }
                    String group = n == 2 ? word(i + 1) + " " + word(i + 2) : word(i + 1);
                    if (STATE_GROUPS.contains(group) && free(start, words.get(i + n)[1])) {
                        take(start, words.get(i + n)[1], state.get(), null);
                        break;
                    }
                }
            }
        }

        /** "Mr. Sullivan", "Putin": a family name of a person met in the article, or of one in office that day. */
        private void surnames() {
            // Persons named so far, grouped by family name in text order: one look-up a word keeps a long
            // article linear (a scan of every person for every word took minutes on a 1.7 MB story).
            Map<String, List<ActorMention>> bySurname = new HashMap<>();
            for (ActorMention p : persons()) {
                for (String key : Gazetteer.surnameKeys(p.actor())) {
                    bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            for (int i = 0; i < words.size(); i++) {
                int start = words.get(i)[0];
                int end = words.get(i)[1];
                if (taken[start] || !Character.isUpperCase(body.charAt(start))) {
                    continue;
                }
                String w = word(i);
                boolean honorific = i > 0 && HONORIFIC.contains(word(i - 1));
                int[] title = titleBefore(i);
                if (companyHeads.contains(w) && !honorific && title == null) {
                    continue; // "Dean also said" after "Dean Foods Co": the company, not its president Howard Dean
                }
                Actor a = nearestAfter(bySurname.getOrDefault(w, List.of()), start);
                if (a == null && (honorific || title != null || !notSurnames.contains(w)) && !NOT_NAMES.contains(w)) {
                    List<Actor> inOffice = new ArrayList<>();
                    for (Actor p : gazetteer.bySurname(w)) {
                        if (day == null || p.roleOn(day).isPresent()) {
                            inOffice.add(p);
                        }
                    }
                    a = inOffice.size() == 1 ? inOffice.get(0) : null;
                }
                if (a == null) {
                    continue;
                }
                int from = title == null ? start : title[0];
                if (!free(from, start)) {
                    from = start;
                }
                String role = title == null || title[1] == title[2] ? null : body.substring(title[1], title[2]);
                take(from, end, a, role);
            }
        }

        /**
         * The actor of the first mention that starts after an offset, or of the last one when none does (the
         * choice the extractor's rules were tuned with).
         */
        private static Actor nearestAfter(List<ActorMention> inTextOrder, int offset) {
            if (inTextOrder.isEmpty()) {
                return null;
            }
            int lo = 0;
            int hi = inTextOrder.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (inTextOrder.get(mid).start() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return inTextOrder.get(lo < inTextOrder.size() ? lo : inTextOrder.size() - 1).actor();
        }

        /**
         * "He said" after "..., Zelensky told a news conference with Erdogan.": the first person of the sentence
         * before, its subject in news prose, not the last one named.
         */
        private void speakerPronouns() {
            Matcher m = SPEAKER_PRONOUN.matcher(body);
            List<ActorMention> pronouns = new ArrayList<>();
            while (m.find()) {
                int at = m.start(1);
                int[] before = sentenceBefore(at);
                found.stream().filter(x -> x.start() >= before[0] && x.end() <= before[1] && x.actor().kind() == ActorKind.PERSON)
                        .findFirst()
                        .ifPresent(x -> pronouns.add(new ActorMention(at, m.end(1), m.group(1), x.actor(), x.role())));
            }
            takeFree(pronouns);
        }

        /**
         * "Ankara has kept ties with both. It hosted the talks": the state or organisation that the sentence before
         * opens with, its subject; only when that sentence opens with one.
         */
        private void statePronouns() {
            Matcher m = STATE_PRONOUN.matcher(body);
            List<ActorMention> pronouns = new ArrayList<>();
            while (m.find()) {
                int at = m.start(1);
                int[] before = sentenceBefore(at);
                found.stream().filter(x -> x.start() >= before[0] && x.end() <= before[1]).findFirst()
                        .filter(x -> (x.actor().kind() == ActorKind.STATE || x.actor().kind() == ActorKind.ORGANIZATION)
                                && OPENING_ARTICLE.matcher(body.substring(before[0], x.start())).matches())
                        .ifPresent(x -> pronouns.add(new ActorMention(at, m.end(1), m.group(1), x.actor(), x.role())));
            }
            takeFree(pronouns);
        }

        /** The sentence before a pronoun at {@code at}: {start, end}, from after the last ". " or line break. */
        private int[] sentenceBefore(int at) {
            int end = at - 1;
            while (end > 0 && Character.isWhitespace(body.charAt(end))) {
                end--;
            }
            int stop = body.lastIndexOf(". ", end - 1);
            return new int[] {Math.max(stop < 0 ? 0 : stop + 2, body.lastIndexOf('\n', end - 1) + 1), end};
        }

        /** Pronouns found after all names: each taken where no name already stands. */
        private void takeFree(List<ActorMention> pronouns) {
            for (ActorMention p : pronouns) {
                if (free(p.start(), p.end())) {
                    take(p.start(), p.end(), p.actor(), p.role());
                }
            }
        }

        /** Unnamed groups that act, of {@code minWords} words or more: "the intermediaries met", "G7 leaders". */
        private void groups(int minWords) {
            for (int i = 0; i < words.size(); i++) {
                int start = words.get(i)[0];
                List<String> keys = runKeys(i, 4, gazetteer.groupPrefixes());
                for (int n = keys.size(); n >= minWords; n--) {
                    int end = words.get(i + n - 1)[1];
                    if (!free(start, end)) {
                        continue;
                    }
                    Optional<Actor> g = gazetteer.group(keys.get(n - 1));
                    if (g.isPresent()) {
                        take(start, end, g.get(), null);
                        break;
                    }
                }
            }
        }
    }
}
