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
    /** Words before a state's name that make it a place, not a party. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "from", "outside", "inside", "across",
            "throughout", "around", "via", "visited", "visit", "visiting", "toured", "into", "within", "over",
            "left", "leaving", "arrived", "reached", "towards");
    private static final Set<String> MOTION = Set.of("travelled", "traveled", "flew", "went", "trip", "visit", "arrived",
            "returned", "headed", "came", "moved", "travel", "fly", "journey", "way", "route");
    private static final Set<String> HONORIFIC = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame");
    /** Verbs of speaking that make the two to four proper nouns before them a person ("Retno Marsudi said"). */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "stressed", "noted", "warned",
            "urged", "wrote", "explained", "insisted", "argued", "asked", "declared", "replied", "recalled", "tweeted");
    /** What may end a name and is no part of a family name: "Lloyd J. Austin III", "Ferdinand Marcos Jr". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Lower-case nouns that introduce the name of something other than a person: "the group Blue Harbour Voices". */
    private static final Set<String> THINGS_NAMED = Set.of("firm", "company", "newspaper", "magazine", "broadcaster", "outlet",
            "airline", "carrier", "ship", "vessel", "tanker", "frigate", "destroyer", "restaurant", "brand", "band",
            "film", "book", "album", "song", "operation", "exercise", "drill", "drills", "campaign", "organisation",
            "organization", "movement", "faction", "militia", "outfit", "coalition", "charity", "platform", "app", "website");
    /** Words that may follow the title of an apposition and close it: "a liaison officer with", "a professor at". */
    private static final Set<String> OFFICE_CLOSERS = Set.of("of", "at", "with", "for", "in", "from", "to", "and", "who", "on");
    /** Nouns of a journey from one place to another: "a ticket from New York to Oslo", "service from Atlanta to Tokyo". */
    private static final Set<String> JOURNEYS = Set.of("ticket", "tickets", "service", "flight", "flights", "fare", "fares");
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
    /** What may stand before a dateline's place on its line, and what follows the place ("(Reuters) -", ", March 2 -"). */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("[\\p{Lu} /.'’-]*");
    private static final Pattern DATELINE_AFTER = Pattern.compile("(?s)[\\p{Lu} /.'’-]*(?:\\([^)]*\\))?\\s*(?:[-–—]|,).*");
    private static final Pattern LOWER_CASE_DATELINE = Pattern.compile(",\\s*\\p{L}+\\.?\\s+\\d{1,2}\\s*[-–—]");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s\\b");
    /** A particle that may open a name in lower case ("al-Assad", "von der Leyen"). */
    private static final Pattern NAME_PARTICLE = Pattern.compile("(?i)(al|el|von|de|van|bin)[- ]");
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
    /** Words of the names of places, buildings, media, events and bodies: no person's name holds one. */
    private final Set<String> notPersonWords;
    /** Words of the names of bodies: no person's name holds one, even after a title. */
    private final Set<String> bodyWords;
    private final Set<String> portfolioWords;
    private final NameLists lists;

    /** A resolver over the shipped gazetteer. */
    public GazetteerActorResolver() {
        this(Gazetteer.standard());
    }

    /** A resolver over a gazetteer, for instance the shipped one with a user's file added. */
    public GazetteerActorResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.notSurnames = readWords("/parley/data/actors/not-surnames.txt");
        this.bodyWords = readWords("/parley/data/actors/body-words.txt");
        Set<String> things = new HashSet<>(readWords("/parley/data/actors/not-person-words.txt"));
        things.addAll(bodyWords);
        this.notPersonWords = Set.copyOf(things);
        this.portfolioWords = readWords("/parley/data/actors/portfolio-words.txt");
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
        private final List<int[]> words;
        private final boolean[] taken;
        private final List<ActorMention> found = new ArrayList<>();
        private final Map<String, Actor> unknown = new HashMap<>();
        /** The folded words, each cut from the folded text once: every pass over the words asks for them. */
        private String[] foldedWords;
        /** The first words of the company names met ("Dean" of "Dean Foods Co"): alone, they name the company. */
        private final Set<String> companyHeads = new HashSet<>();
        /** Every word of the company names and other things' names met: alone or in part, they name no person. */
        private final Set<String> companyNameWords = new HashSet<>();
        /** For each word, whether its line is all capitals: 0 not asked yet, 1 yes, 2 no. */
        private byte[] capitalsLines;
        /** For each word, whether it may stand in a person's name: 0 not asked yet, 1 yes, 2 no. */
        private byte[] personWords;

        Run(AnalyzedText text, LocalDate day) {
            this.text = text;
            this.body = text.text();
            this.folded = NameFolding.fold(body);
            this.day = day;
            this.taken = new boolean[body.length() + 1];
            this.words = WordScanner.spans(body);
        }

        List<ActorMention> resolve() {
            // "General Motors Corp" is a company before "General" can be a title or "Hong Kong" a state
            companies();
            // "NATO leaders", "European leaders" name the group before "NATO" or "European" can name the state
            groups(2);
            names();
            titledStrangers();
            appositionStrangers();
            untitledStrangers();
            strangersNamedAgain();
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
         * Whether words i..j, found as the gazetteer name {@code key} at start..end, are written as that name is: a
         * name of four letters or fewer in capitals ("US", "WHO"), or with a capital first letter unless the gazetteer
         * writes it only in capitals ("Iran", "Kyiv"; not "us", "Who"), and a short name that is also a word or a
         * given name ("Chad") only where the tagger reads it as a proper noun that no capitalised word follows.
         */
        private boolean looksLikeName(int i, int j, int start, int end, String key) {
            int letters = 0;
            boolean lower = false;
            for (int k = start; k < end; k++) {
                char c = body.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    lower |= Character.toUpperCase(c) != c || Character.isLowerCase(c);
                }
            }
            if (letters == 0) {
                return false;
            }
            if (letters <= 4) {
                if (!lower) {
                    return true;
                }
                if (!Character.isUpperCase(body.charAt(start)) || gazetteer.writtenInCapitalsOnly(key)) {
                    return false;
                }
                return !lists.shortWords().contains(key)
                        || isProperNoun(i) && !(j + 1 < words.size() && joined(end, words.get(j + 1)[0]) && capitalised(j + 1));
            }
            return Character.isUpperCase(body.charAt(start)) || NAME_PARTICLE.matcher(body).region(start, end).lookingAt();
        }

        private boolean capitalised(int i) {
            return Character.isUpperCase(body.charAt(words.get(i)[0]));
        }

        /** Whether word i stands on a line of capitals (a headline, a table: "BOLIVIA nil 7,500"). */
        private boolean onCapitalsLine(int i) {
            if (capitalsLines == null) {
                capitalsLines = new byte[words.size()];
            }
            if (capitalsLines[i] == 0) {
                // a line is asked about once: the answer is kept for every word of it
                int from = body.lastIndexOf('\n', words.get(i)[0]) + 1;
                int to = body.indexOf('\n', from);
                int end = to < 0 ? body.length() : to;
                byte answer = 1;
                for (int k = from; k < end; k++) {
                    if (Character.isLowerCase(body.charAt(k))) {
                        answer = 2;
                        break;
                    }
                }
                for (int w = i; w >= 0 && words.get(w)[0] >= from; w--) {
                    capitalsLines[w] = answer;
                }
                for (int w = i + 1; w < words.size() && words.get(w)[0] < end; w++) {
                    capitalsLines[w] = answer;
                }
            }
            return capitalsLines[i] == 1;
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
                if (!capitalised(i) || !lists.companyWords().contains(word(i)) || taken[words.get(i)[0]] || onCapitalsLine(i)) {
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
                if (isInitial(i) && from < i && titleBefore(from) != null) {
                    continue; // "foreign minister Retno LP Marsudi": the initials of a titled person, no partnership
                }
                take(words.get(from)[0], words.get(to)[1], null, null);
                if (from < i) {
                    companyHeads.add(word(from));
                }
                for (int k = from; k <= to; k++) {
                    companyNameWords.add(word(k));
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
                    if (hits.isEmpty() || !looksLikeName(i, j, start, end, keys.get(j - i))) {
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
                // "Mr Xi": an honorific is no office
                String role = title == null || title[1] == title[2] ? null : body.substring(title[1], title[2]);
                take(from, end, a, role);
                return;
            }
            if (isDateline(start, end)) {
                return; // "BRUSSELS, March 2 -": where the story was written
            }
            if (a.kind() == ActorKind.STATE && e.kind() == NameKind.GOVERNMENT && i >= 2 && word(i - 1).equals("of")
                    && capitalised(i - 2) && joined(words.get(i - 2)[1], words.get(i - 1)[0])
                    && joined(words.get(i - 1)[1], words.get(i)[0])) {
                return; // "the Treaty of Rome", "the Mayor of Kyiv": a capital inside a longer name is the city
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
            int letters = 0;
            boolean lower = false;
            for (int k = start; k < end; k++) {
                char c = body.charAt(k);
                lower |= Character.isLowerCase(c);
                letters += Character.isLetter(c) ? 1 : 0;
            }
            if (lower) {
                // a wire story set in lower case: "Lima, march 9 - a report said", at the start of its line
                return (start == 0 || body.charAt(start - 1) == '\n')
                        && LOWER_CASE_DATELINE.matcher(body).region(end, Math.min(body.length(), end + 40)).lookingAt();
            }
            int line = body.lastIndexOf('\n', start) + 1;
            String name = body.substring(start, end);
            if (!name.equals(name.toUpperCase(Locale.ROOT)) || letters < 3) {
                return false;
            }
            String before = body.substring(line, start);
            String after = body.substring(end, Math.min(body.length(), end + 40));
            return DATELINE_BEFORE.matcher(before).matches() && DATELINE_AFTER.matcher(after).matches();
        }

        /**
         * Whether a name at word i stands for a place: "met in Türkiye", "speaking in Washington", and each name of a
         * list that such a word opens ("branches in Milan and Rome", "flights to Copenhagen, Oslo and Bergen").
         */
        private boolean isPlace(int i) {
            if (placeAt(i)) {
                return true;
            }
            // "the tragedy in Gaza and Israel's refusal": a possessive opens a noun phrase of its own
            int head = followedByPossessive(i) ? i : listHead(i);
            return head != i && placeAt(head);
        }

        /** Whether "'s" follows word i right away. */
        private boolean followedByPossessive(int i) {
            int end = words.get(i)[1];
            return end + 1 < body.length() && (body.charAt(end) == '\'' || body.charAt(end) == '\u2019')
                    && body.charAt(end + 1) == 's';
        }

        /**
         * The first word of the list of capitalised names that ends with the name at word i: "Milan" for "Rome" in
         * "Milan and Rome", "Copenhagen" for "Oslo" in "Copenhagen, Oslo, Bergen and Gothenburg"; i when it ends none.
         * A comma joins two names only in a list that goes on to "and" or "or": "In Geneva, Russia said" is no list.
         */
        private int listHead(int i) {
            int head = i;
            for (int items = 0; items < 8 && head >= 2; items++) {
                int k = head - 1;
                String gap = body.substring(words.get(k)[1], words.get(head)[0]);
                int last;
                if ((word(k).equals("and") || word(k).equals("or")) && gap.equals(" ")
                        && body.substring(words.get(k - 1)[1], words.get(k)[0]).equals(" ")) {
                    last = k - 1;
                } else if (gap.equals(", ") && listGoesOnToAnd(head)) {
                    last = k;
                } else {
                    break;
                }
                if (!capitalised(last) || NOT_NAMES.contains(word(last))) {
                    break;
                }
                int first = last;
                while (first > 0 && last - first < 3 && capitalised(first - 1) && joined(words.get(first - 1)[1], words.get(first)[0])
                        && !NOT_NAMES.contains(word(first - 1))) {
                    first--;
                }
                head = first;
            }
            return head;
        }

        /** Whether the capitalised name at word i is followed by more names, joined by commas, and then "and" or "or". */
        private boolean listGoesOnToAnd(int i) {
            int k = i;
            for (int items = 0; items < 8; items++) {
                while (k + 1 < words.size() && capitalised(k + 1) && joined(words.get(k)[1], words.get(k + 1)[0])) {
                    k++;
                }
                if (k + 2 >= words.size()) {
                    return false;
                }
                String gap = body.substring(words.get(k)[1], words.get(k + 1)[0]);
                if (gap.equals(" ") && (word(k + 1).equals("and") || word(k + 1).equals("or")) && capitalised(k + 2)) {
                    return true;
                }
                if (!gap.equals(", ") || !capitalised(k + 1)) {
                    return false;
                }
                k++;
            }
            return false;
        }

        /** Whether the word before a name at word i (or before its "the") makes it a place. */
        private boolean placeAt(int i) {
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
            return before.equals("to") && (MOTION.contains(word(p - 1)) || MOTION.contains(word(p - 2)) || JOURNEYS.contains(word(p - 1))
                    || fromPlaceBefore(p));
        }

        /**
         * Whether a journey "from" a capitalised name ends right before word {@code to}: "airlifted from Omsk to
         * Berlin", "a ticket from New York to Oslo"; not "switched ties from Taipei to Beijing".
         */
        private boolean fromPlaceBefore(int to) {
            int k = to - 1;
            while (k > 1 && to - k <= 3 && capitalised(k)) {
                if (word(k - 1).equals("from")) {
                    String verb = word(k - 2);
                    return MOTION.contains(verb) || JOURNEYS.contains(verb) || verb.endsWith("ed") && !verb.equals("switched");
                }
                k--;
            }
            return false;
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
         * title proper, end of the title, start and end of the words that give the office's country}; null when there
         * are none.
         */
        private int[] titleBefore(int i) {
            return titleBefore(i, false);
        }

        /**
         * The same, where {@code comma} lets a comma stand between the title and the name ("Nicaragua's president,
         * Daniel Ortega,"). The title may end with the body or state it is held at: "Ambassador to Indonesia Lu Kang"
         * (a destination, which gives no country: the ambassador is not Indonesia's), "the director of the IAEA" and
         * "Minister of Defence Taro Kimura" (a portfolio or body of the office's own state). A possessive before the
         * title gives its country: "Israel's UN Ambassador", "Merkel's spokesperson".
         */
        private int[] titleBefore(int i, boolean comma) {
            if (i == 0) {
                return null;
            }
            String gap = body.substring(words.get(i - 1)[1], words.get(i)[0]);
            if (comma ? !gap.equals(", ") : !joined(words.get(i - 1)[1], words.get(i)[0])) {
                return honorificBefore(i, comma);
            }
            int last = i - 1;
            int countryEnd = words.get(i - 1)[1];
            int[] held = officeDestination(i - 1);
            if (held != null) {
                last = held[0];
                if (held[1] != 0) {
                    countryEnd = words.get(last)[1]; // "to Indonesia": the ambassador's own state is before the title
                }
            }
            int firstTitle = -1;
            int k = last;
            while (k >= 0 && last - k <= 5 && (k == last || joined(words.get(k)[1], words.get(k + 1)[0]))
                    && gazetteer.endsTitle(word(k))) {
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
                return held == null ? honorificBefore(i, comma) : null;
            }
            int titleStart = words.get(firstTitle)[0];
            int titleEnd = words.get(i - 1)[1];
            int from = titleStart;
            int countryStart = titleStart;
            int q = firstTitle - 1;
            // qualifiers before the title: "White House", "Kremlin", "Russian", "former", "senior"
            while (q >= 0 && firstTitle - q <= 4 && joinedAfterAbbreviation(q)) {
                String w = word(q);
                int possessor = possessorBefore(q);
                if (possessor >= 0) {
                    // "Israel's UN Ambassador", "Chancellor Angela Merkel's spokesperson": the possessor's country;
                    // a possessor already named stays its own mention
                    countryStart = words.get(possessor)[0];
                    if (free(words.get(possessor)[0], words.get(q)[1])) {
                        from = countryStart;
                    }
                    break;
                }
                boolean qualifier = gazetteer.demonym(w).isPresent() || !gazetteer.lookup(w).isEmpty()
                        || Set.of("former", "senior", "top", "deputy", "acting", "chief", "then", "house", "white").contains(w);
                if (!qualifier && q > 0 && joinedAfterAbbreviation(q - 1) && !gazetteer.lookup(word(q - 1) + " " + w).isEmpty()) {
                    q--; // "State Department", "White House": a name of two words, taken whole
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
                countryStart = from;
                q--;
            }
            return new int[] {from, titleStart, titleEnd, countryStart, countryEnd};
        }

        /** "Mr. Sullivan": an honorific, as a title of no office; null when there is none. */
        private int[] honorificBefore(int i, boolean comma) {
            if (!comma && i > 0 && HONORIFIC.contains(word(i - 1)) && joined(words.get(i - 1)[1] + 1, words.get(i)[0])) {
                int at = words.get(i - 1)[0];
                return new int[] {at, at, at, at, at};
            }
            return null;
        }

        /**
         * Where an office is held, ending at word k: "to [the] Indonesia" after a title ({word before "to", 1}), or
         * "of [the] IAEA", "of Defence" ({word before "of", 0}); null when words ..k are no such phrase. After "to" the
         * words must be a state's or a body's name; after "of", up to three capitalised words.
         */
        private int[] officeDestination(int k) {
            for (int n = 1; n <= 3 && k - n >= 1; n++) {
                int s = k - n + 1;
                if (!capitalised(s) || s < k && !joined(words.get(s)[1], words.get(s + 1)[0])) {
                    return null;
                }
                int p = s - 1;
                if (word(p).equals("the") && p > 0 && joined(words.get(p - 1)[1], words.get(p)[0])) {
                    p--;
                }
                boolean to = word(p).equals("to");
                if (!to && !word(p).equals("of") || p < 1 || !joined(words.get(p - 1)[1], words.get(p)[0])
                        || !joined(words.get(p)[1], words.get(p + 1)[0]) || !gazetteer.endsTitle(word(p - 1))) {
                    continue;
                }
                if (to ? !namesStateOrBody(s, k) : !namesStateOrBody(s, k) && !portfolio(s, k)) {
                    continue;
                }
                return new int[] {p - 1, to ? 1 : 0};
            }
            return null;
        }

        /** Whether each of words s..k names a portfolio ("Foreign Affairs", "National Defense"). */
        private boolean portfolio(int s, int k) {
            for (int x = s; x <= k; x++) {
                if (!portfolioWords.contains(word(x))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether words s..k are the name of a state or a body in the gazetteer. */
        private boolean namesStateOrBody(int s, int k) {
            StringBuilder sb = new StringBuilder();
            for (int x = s; x <= k; x++) {
                sb.append(x > s ? " " : "").append(word(x));
            }
            for (String key : List.of(sb.toString(), sb + ".")) {
                for (NameEntry e : gazetteer.lookup(key, day)) {
                    if (e.actor().kind() != ActorKind.PERSON) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The first word of a possessor whose "'s" is word q ("Israel" of "Israel's", "Angela Merkel" of "Angela
         * Merkel's"), up to three capitalised words; -1 when word q is no possessive "s".
         */
        private int possessorBefore(int q) {
            if (q < 1 || !word(q).equals("s") || !followedByPossessive(q - 1) || !capitalised(q - 1)) {
                return -1;
            }
            int first = q - 1;
            while (first > 0 && q - 1 - first < 2 && capitalised(first - 1) && joined(words.get(first - 1)[1], words.get(first)[0])
                    && !NOT_NAMES.contains(word(first - 1))) {
                first--;
            }
            return first;
        }

        /** The country a span of qualifier words names ("Kremlin spokesman" -> RUS), or null. */
        private String countryOf(String qualifiers) {
            // "Kenya's foreign minister": the possessor's name without its "'s"
            String words = POSSESSIVE_S.matcher(qualifiers).replaceAll("");
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

        /**
         * Persons the gazetteer does not know, introduced by a title: "American journalist Tucker Carlson", "Chinese
         * Ambassador to Indonesia Lu Kang", and with a comma where the name stands in apposition to the title and is
         * closed by another ("Kenya's foreign minister, Amina Mohamed, said").
         */
        private void titledStrangers() {
            for (int i = 1; i < words.size(); i++) {
                int start = words.get(i)[0];
                if (taken[start] || !Character.isUpperCase(body.charAt(start)) || NOT_NAMES.contains(word(i))
                        || portfolioWords.contains(word(i))) {
                    continue; // "Secretary of National Defense Jose Ramos": no name starts with "Defense"
                }
                boolean comma = false;
                int[] title = titleBefore(i);
                if (title == null && body.startsWith(", ", words.get(i - 1)[1])) {
                    title = titleBefore(i, true);
                    comma = true;
                }
                if (title == null || title[1] == title[2] || !free(start, start + 1) || !freeButBodies(title[1], start)) {
                    continue;
                }
                int from = free(title[1], start) ? title[0] : start; // "Ambassador to the UN Kofi Mensah": the UN stays the UN
                for (int w = i - 1; w >= 0 && words.get(w)[0] >= title[0]; w--) {
                    if (!free(words.get(w)[0], start)) {
                        from = words.get(w + 1)[0]; // "State Department deputy spokesperson": the department stays the state's
                        break;
                    }
                }
                int j = i;
                while (j + 1 < words.size() && j - i < 3 && joinedInName(j) && capitalised(j + 1)
                        && !NOT_NAMES.contains(word(j + 1)) && !taken[words.get(j + 1)[0]]) {
                    j++;
                }
                int nameEnd = j;
                while (nameEnd > i && word(nameEnd).equals(word(nameEnd - 1))) {
                    nameEnd--; // "Tucker Carlson Carlson": a scraping stutter
                }
                if (nameEnd == i || comma && !(closesApposition(j) && (capitalReliable(i) || personName(i, nameEnd)))) {
                    continue; // one word after a title is a family name, left to surnames()
                }
                if (namesThing(i, j)) {
                    continue; // "Director of the National Intelligence Service": a body after the title, no person
                }
                String role = body.substring(title[1], comma ? words.get(i - 1)[1] : title[2]);
                String country = countryOf(body.substring(title[3], title[4]));
                for (ActorMention m : found) {
                    if (country == null && m.start() < title[4] && m.end() > title[3] && m.actor().kind() == ActorKind.PERSON) {
                        country = m.actor().country(); // "Chancellor Angela Merkel's spokesperson": the possessor's country
                    }
                }
                Actor a = stranger(i, nameEnd, role, country);
                take(comma ? words.get(i)[0] : from, words.get(j)[1], a, role);
                i = j;
            }
        }

        /**
         * Persons named with an office in apposition after the name: "said Fawzi Barhoum, a Hamas spokesman,", "Amos
         * Gilad, a liaison officer with the Palestinians", "Retno Marsudi, Indonesia's foreign minister,". The office
         * must close its phrase (a comma, a full stop, "of", "at" ...): in "Jakarta Bay, a spokesman said" the title
         * begins a clause of its own, and the words before it are no person. The tagger is asked only where the name
         * opens its sentence: inside one, the capitals and the office say enough, and asking it of every apposition of
         * a business wire ("X Y, chairman of ...") was half the stage's time.
         */
        private void appositionStrangers() {
            thingNames();
            for (int i = 0; i < words.size(); i++) {
                int end = personNameEnd(i);
                if (end < 0 || end + 2 >= words.size() || !body.startsWith(", ", words.get(end)[1])) {
                    continue;
                }
                int[] office = appositiveOffice(end + 1);
                if (office == null || !capitalReliable(i) && !personName(i, end)) {
                    continue;
                }
                String role = body.substring(words.get(office[0])[0], words.get(office[1])[1]);
                String country = countryOf(body.substring(words.get(end + 1)[0], words.get(office[1])[1]));
                take(words.get(i)[0], words.get(end)[1], stranger(i, end, role, country), role);
                i = end;
            }
        }

        /**
         * The title of an apposition that starts at word k: up to five words, perhaps after "a", "an" or "the", ending
         * with a title that closes the phrase; {first word of the title, its last word}, or null.
         */
        private int[] appositiveOffice(int k) {
            int from = Set.of("a", "an", "the").contains(word(k)) ? k + 1 : k;
            for (int last = from; last < words.size() && last - from < 5; last++) {
                if (last > from && !body.substring(words.get(last - 1)[1], words.get(last)[0]).matches(" |'|’")) {
                    return null;
                }
                if (!gazetteer.endsTitle(word(last)) || !closesOffice(last)) {
                    continue;
                }
                for (int n = Math.min(3, last - from + 1); n >= 1; n--) {
                    StringBuilder sb = new StringBuilder();
                    for (int x = last - n + 1; x <= last; x++) {
                        sb.append(x > last - n + 1 ? " " : "").append(word(x));
                    }
                    if (gazetteer.titleClass(sb.toString()).isPresent()) {
                        return new int[] {last - n + 1, last};
                    }
                }
            }
            return null;
        }

        /** Whether the words after a title at word k end its phrase: punctuation, or "of", "at", "with" ... */
        private boolean closesOffice(int k) {
            int end = words.get(k)[1];
            if (end >= body.length() || ",.;:)".indexOf(body.charAt(end)) >= 0) {
                return true;
            }
            return k + 1 < words.size() && joined(end, words.get(k + 1)[0])
                    && OFFICE_CLOSERS.contains(word(k + 1));
        }

        /**
         * Persons named without a title, by what a person does: "Retno Marsudi said", "Harry Dunn, who". The name is two
         * to four proper nouns, none a name of a state, a body or a place, none a word of a company's, a place's or an
         * event's name, none a word of a company named in the article before ("Merrill Lynch said" after "Merrill
         * Lynch Capital Markets Inc"). Not "said X Y": "said Merrill Lynch" is as common as "said Eugene Atkinson".
         */
        private void untitledStrangers() {
            for (int i = 0; i < words.size(); i++) {
                int end = personNameEnd(i);
                if (end < 0 || !speakerAfter(end) || namedThing(i) || !personName(i, end)) {
                    continue;
                }
                take(words.get(i)[0], words.get(end)[1], stranger(i, end, null, null), null);
                i = end;
            }
        }

        /**
         * The persons found above by their titles and cues, wherever the article names them again in full without one:
         * "supporters of Mohamed Bacar" after "Mohamed Bacar, who seized power".
         */
        private void strangersNamedAgain() {
            Map<String, Actor> byName = new HashMap<>();
            for (Actor a : unknown.values()) {
                byName.put(NameFolding.key(a.name()), a);
                a.aliases().forEach(alias -> byName.put(NameFolding.key(alias), a));
            }
            if (byName.isEmpty()) {
                return;
            }
            for (int i = 0; i < words.size(); i++) {
                if (taken[words.get(i)[0]] || !capitalised(i)) {
                    continue;
                }
                StringBuilder key = new StringBuilder(word(i));
                Actor match = null;
                int end = i;
                for (int j = i + 1; j < words.size() && j - i < 4 && joinedInName(j - 1) && !taken[words.get(j)[0]]; j++) {
                    key.append(' ').append(word(j));
                    Actor a = byName.get(key.toString());
                    if (a != null) {
                        match = a;
                        end = j;
                    }
                }
                if (match != null) {
                    take(words.get(i)[0], words.get(end)[1], match, null);
                    i = end;
                }
            }
        }

        /**
         * Whether a word of words i..j is a word of a body's or a company's name ("Service", "Union", "Corp"); a place's
         * word is a family name after a title ("chairman John Tower").
         */
        private boolean namesThing(int i, int j) {
            for (int k = i; k <= j; k++) {
                if (bodyWords.contains(word(k)) || lists.companyWords().contains(word(k)) && !isInitial(k)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the word before word i is a noun that names what follows: "the group Blue Harbour Voices said". */
        private boolean namedThing(int i) {
            return i > 0 && !capitalised(i - 1) && (notPersonWords.contains(word(i - 1)) || lists.companyWords().contains(word(i - 1))
                    || THINGS_NAMED.contains(word(i - 1)));
        }

        /** "X Y said", "X Y, who": a verb of speaking or a relative "who" right after the name that ends at word k. */
        private boolean speakerAfter(int k) {
            int end = words.get(k)[1];
            if (k + 1 >= words.size()) {
                return false;
            }
            String gap = body.substring(end, words.get(k + 1)[0]);
            return gap.equals(" ") && SPEECH.contains(word(k + 1)) || gap.equals(", ") && word(k + 1).equals("who");
        }

        /**
         * Notes the words of the article's names of things: runs of capitalised words that hold a word of a place's,
         * a body's or an event's name ("Merrill Lynch Capital Markets", "John Radcliffe Hospital"). Alone or in part
         * they name the thing, so none of them is read as a person's name without a title ("Merrill Lynch said").
         */
        private void thingNames() {
            for (int i = 0; i < words.size(); i++) {
                if (!capitalised(i)) {
                    continue;
                }
                int j = i;
                boolean thing = notPersonWords.contains(word(i));
                while (j + 1 < words.size() && capitalised(j + 1) && joined(words.get(j)[1], words.get(j + 1)[0])) {
                    j++;
                    thing |= notPersonWords.contains(word(j));
                }
                if (thing && j > i) {
                    for (int k = i; k <= j; k++) {
                        companyNameWords.add(word(k));
                    }
                }
                i = j;
            }
        }

        /**
         * The last word of a person's name that may start at word i: two to four capitalised words, initials among them
         * ("Retno LP Marsudi", "S. Jaishankar"), that follow no other capitalised word of the run; -1 when none starts
         * there.
         */
        private int personNameEnd(int i) {
            if (!personWord(i) || isInitial(i) && !joinedInName(i) || portfolioWords.contains(word(i))
                    || i > 0 && capitalised(i - 1) && joined(words.get(i - 1)[1], words.get(i)[0])) {
                return -1;
            }
            int j = i;
            while (j + 1 < words.size() && j - i < 3 && joinedInName(j) && personWord(j + 1)) {
                j++;
            }
            if (j + 1 < words.size() && joinedInName(j) && capitalised(j + 1)) {
                return -1; // "Nordic Rail Cargo": the run goes on into a word no person's name holds
            }
            return j > i && !isInitial(j) ? j : -1;
        }

        /** A capitalised word that may stand in a person's name: no function word, title, name of a state, body or place. */
        private boolean personWord(int k) {
            int s = words.get(k)[0];
            if (taken[s] || !Character.isUpperCase(body.charAt(s))) {
                return false;
            }
            // both stranger passes ask of every capitalised word: the answer is kept (what is taken is asked above)
            if (personWords == null) {
                personWords = new byte[words.size()];
            }
            if (personWords[k] == 0) {
                personWords[k] = (byte) (canNamePerson(k) ? 1 : 2);
            }
            return personWords[k] == 1;
        }

        private boolean canNamePerson(int k) {
            String w = word(k);
            if (NOT_NAMES.contains(w) || HONORIFIC.contains(w) || notPersonWords.contains(w) || lists.companyWords().contains(w)
                    || companyNameWords.contains(w)
                    || gazetteer.titleClass(w).isPresent() || gazetteer.demonym(w, day).isPresent() || gazetteer.group(w).isPresent()) {
                return false;
            }
            for (NameEntry e : gazetteer.lookup(w)) {
                if (e.actor().kind() != ActorKind.PERSON) {
                    return false;
                }
            }
            return !onCapitalsLine(k);
        }

        /** Whether word k is an initial: one or two capitals ("S" of "S. Jaishankar", "LP" of "Retno LP Marsudi"). */
        private boolean isInitial(int k) {
            String w = body.substring(words.get(k)[0], words.get(k)[1]);
            return w.length() <= 2 && w.equals(w.toUpperCase(Locale.ROOT));
        }

        /** Whether word k and the next are joined inside a name, the full stop of an initial allowed ("S. Jaishankar"). */
        private boolean joinedInName(int k) {
            if (k + 1 >= words.size()) {
                return false;
            }
            int end = words.get(k)[1];
            if (isInitial(k) && end < body.length() && body.charAt(end) == '.') {
                end++;
            }
            return joined(end, words.get(k + 1)[0]);
        }

        /**
         * Whether the tagger reads every word of a name from i to j as a proper noun (initials aside): it tells "the
         * Federal Reserve said" (an adjective first) and "Meanwhile Retno Marsudi said" from a name. Asked only of runs
         * that have passed every other test, so most sentences are never tagged.
         */
        private boolean personName(int i, int j) {
            for (int k = i; k <= j; k++) {
                if (!isInitial(k) && !isProperNoun(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the name that ends at word j is closed as an apposition is: ", X Y," or ", X Y said". */
        private boolean closesApposition(int j) {
            int end = words.get(j)[1];
            return end < body.length() && ",;".indexOf(body.charAt(end)) >= 0
                    || j + 1 < words.size() && joined(end, words.get(j + 1)[0]) && SPEECH.contains(word(j + 1));
        }

        /**
         * The person that words i..j name: the gazetteer's, when it knows the name; else one met before in the article
         * under the same name; else a new one, its id from the name without initials, so that "Retno LP Marsudi" in one
         * article and "Retno Marsudi" in another are one actor.
         */
        private Actor stranger(int i, int j, String role, String country) {
            String name = body.substring(words.get(i)[0], words.get(j)[1]);
            StringBuilder plain = new StringBuilder();
            for (int k = i; k <= j; k++) {
                if ((!isInitial(k) || k == i && j - i == 1) && !(k > i && NAME_SUFFIXES.contains(word(k)))) {
                    plain.append(plain.length() > 0 ? " " : "").append(body, words.get(k)[0], words.get(k)[1]);
                }
            }
            for (NameEntry e : gazetteer.lookup(NameFolding.key(plain.toString()), day)) {
                if (e.actor().kind() == ActorKind.PERSON) {
                    return e.actor();
                }
            }
            String id = NameFolding.slug(plain.toString());
            List<Role> roles = role == null ? List.of() : List.of(new Role(role, country, null, null));
            List<String> aliases = name.contentEquals(plain) ? List.of() : List.of(plain.toString());
            return unknown.computeIfAbsent(id, x -> new Actor(id, name, ActorKind.PERSON, country, aliases, roles));
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
            Matcher m = LEADER.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
            // the pattern opens with "the": it is tried where the folded text holds "the", as a search would find it
            for (int at = folded.indexOf("the"); at >= 0; at = folded.indexOf("the", at + 1)) {
                if (!m.region(at, body.length()).lookingAt()) {
                    continue;
                }
                at = m.end() - 1;
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

        /** Whether a span is free or taken only by states and bodies (or by no actor), never by a person. */
        private boolean freeButBodies(int start, int end) {
            for (ActorMention x : found) {
                if (x.start() < end && x.end() > start && x.actor().kind() == ActorKind.PERSON) {
                    return false;
                }
            }
            return true;
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
                int start = words.get(i)[0];
                // the cheap tests first: a demonym look-up for every word was a good part of this rule's cost
                if (!word(i + 1).equals("and") || taken[start] || !Character.isUpperCase(body.charAt(start))
                        || !STATE_GROUPS.contains(word(i + 3))) {
                    continue;
                }
                Optional<Actor> first = gazetteer.demonym(word(i), day);
                Optional<Actor> second = gazetteer.demonym(word(i + 2), day);
                if (first.isPresent() && second.isPresent() && free(words.get(i + 2)[0], words.get(i + 3)[1])) {
                    take(start, words.get(i)[1], first.get(), null);
                    take(words.get(i + 2)[0], words.get(i + 3)[1], second.get(), null);
                }
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                int start = words.get(i)[0];
                if (!Character.isUpperCase(body.charAt(start)) || taken[start]) {
                    continue;
                }
                Optional<Actor> state = gazetteer.demonym(word(i), day);
                if (state.isEmpty()) {
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
                List<ActorMention> met = bySurname.getOrDefault(w, List.of());
                if (met.isEmpty() && gazetteer.bySurname(w).isEmpty()) {
                    continue; // no person has this family name: the title before it need not be read
                }
                boolean honorific = i > 0 && HONORIFIC.contains(word(i - 1));
                int[] title = titleBefore(i);
                if (companyHeads.contains(w) && !honorific && title == null) {
                    continue; // "Dean also said" after "Dean Foods Co": the company, not its president Howard Dean
                }
                Actor a = nearestAfter(met, start);
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
            for (int k = 0; k < words.size(); k++) {
                if (!pronounAt(m, k, "He", "She")) {
                    continue;
                }
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
            for (int k = 0; k < words.size(); k++) {
                if (!pronounAt(m, k, "It")) {
                    continue;
                }
                int at = m.start(1);
                int[] before = sentenceBefore(at);
                found.stream().filter(x -> x.start() >= before[0] && x.end() <= before[1]).findFirst()
                        .filter(x -> (x.actor().kind() == ActorKind.STATE || x.actor().kind() == ActorKind.ORGANIZATION)
                                && OPENING_ARTICLE.matcher(body.substring(before[0], x.start())).matches())
                        .ifPresent(x -> pronouns.add(new ActorMention(at, m.end(1), m.group(1), x.actor(), x.role())));
            }
            takeFree(pronouns);
        }

        /**
         * Whether word k is one of the pronoun's forms and the pronoun's pattern matches there, as a search of the
         * whole body would have found it (the pattern's look-behind sees the text before the word). Only the words
         * spelled as the pronoun are tried: a search of each body was most of the cost of the two pronoun rules.
         */
        private boolean pronounAt(Matcher m, int k, String... forms) {
            int start = words.get(k)[0];
            int end = words.get(k)[1];
            for (String form : forms) {
                if (form.length() == end - start && body.startsWith(form, start)) {
                    m.region(start, body.length()).useTransparentBounds(true).useAnchoringBounds(false);
                    return m.lookingAt();
                }
            }
            return false;
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
