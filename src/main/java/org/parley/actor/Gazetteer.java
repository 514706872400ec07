package org.parley.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Role;

/**
 * The actors Parley knows by name: states with the capitals and seats that stand for their governments,
 * organisations, news media, and persons with their offices and dates.
 *
 * <p>Why a class of its own: the resolver, the extractor and the evaluation all need the same names, and users
 * extend them with their own files. The shipped lists live in {@code data/actors/} (pipe-separated, documented in
 * each file's header). A gazetteer is immutable, so one instance serves many threads.
 */
public final class Gazetteer {
    private static final String BASE = "/parley/data/actors/";
    private static volatile Gazetteer standard;

    /** How a name stands for its actor. */
    public enum NameKind {
        /** The actor's own name or another name of it. */
        NAME,
        /** A capital or seat used for a government ("Washington", "the Kremlin"): a place after "in". */
        GOVERNMENT,
        /** A news medium: a source of reports, never a party to events. */
        MEDIA
    }

    /** What kind of office a title word names; coreference ("the spokesperson") goes by class. */
    public enum TitleClass { HEAD, MINISTER, ADVISER, SPOKESPERSON, DIPLOMAT, OFFICIAL, MILITARY, JOURNALIST, OTHER }

    /** One name of an actor. */
    public record NameEntry(Actor actor, NameKind kind) {
    }

    private final Map<String, Actor> actors;
    private final Map<String, List<NameEntry>> names;
    private final Map<String, List<Actor>> demonyms;
    private final Map<String, TitleClass> titles;
    /** The keys of names that some actor has a spelling of with a lower-case letter ("iran" of "Iran"; not "who"). */
    private final Set<String> keysInNormalCase;
    /** The last word of every title ("minister" of "foreign minister", "state" of "secretary of state"). */
    private final Set<String> titleEnds;
    private final Map<String, Actor> groups;
    private final Map<String, String> leaderTitles;
    private final Map<String, List<Actor>> statesByCountry;
    /** The days a state or body existed, {first, last} (either may be null), for older archives. */
    private final Map<String, LocalDate[]> lifetimes;
    private final Set<String> media;
    private final Set<String> notActors;
    private final Map<String, List<Actor>> surnames;
    private final int maxNameWords;
    private final KeyPrefixes namePrefixes;
    private final KeyPrefixes groupPrefixes;

    private Gazetteer(Builder b) {
        this.actors = Collections.unmodifiableMap(b.actors());
        this.names = freeze(b.names);
        this.demonyms = freeze(b.demonyms);
        this.lifetimes = Map.copyOf(b.lifetimes);
        this.titles = Map.copyOf(b.titles);
        Set<String> ends = new java.util.HashSet<>();
        for (String t : titles.keySet()) {
            ends.add(t.substring(t.lastIndexOf(' ') + 1));
        }
        this.titleEnds = Set.copyOf(ends);
        this.groups = Map.copyOf(b.groups);
        this.leaderTitles = Map.copyOf(b.leaderTitles);
        this.media = Set.copyOf(b.media);
        this.notActors = Set.copyOf(b.notActors);
        Map<String, List<Actor>> states = new HashMap<>();
        Map<String, List<Actor>> bySurname = new HashMap<>();
        for (Actor a : actors.values()) {
            if (a.kind() == ActorKind.STATE) {
                states.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a);
            } else if (a.kind() == ActorKind.PERSON) {
                for (String key : surnameKeys(a)) {
                    bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                }
            }
        }
        this.statesByCountry = freeze(states);
        Set<String> normalCase = new java.util.HashSet<>();
        for (Actor a : actors.values()) {
            for (String n : a.aliases()) {
                if (!n.equals(n.toUpperCase(Locale.ROOT))) {
                    normalCase.add(NameFolding.key(n));
                }
            }
            if (!a.name().equals(a.name().toUpperCase(Locale.ROOT))) {
                normalCase.add(NameFolding.key(a.name()));
            }
        }
        this.keysInNormalCase = Set.copyOf(normalCase);
        this.surnames = freeze(bySurname);
        int max = 1;
        for (String k : names.keySet()) {
            max = Math.max(max, k.split(" ").length);
        }
        this.maxNameWords = max;
        Set<String> keys = new java.util.HashSet<>(names.keySet());
        keys.addAll(notActors);
        this.namePrefixes = KeyPrefixes.of(keys);
        this.groupPrefixes = KeyPrefixes.of(groups.keySet());
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** The gazetteer Parley ships, read once from the classpath. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    Builder b = new Builder();
                    for (String file : List.of("states.psv", "organizations.psv", "persons.psv", "leaders.psv", "titles.psv", "groups.psv",
                            "not-actors.txt")) {
                        b.read(file, resource(file));
                    }
                    g = new Gazetteer(b);
                    standard = g;
                }
            }
        }
        return g;
    }

    private static Reader resource(String file) {
        InputStream in = Gazetteer.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("gazetteer file " + BASE + file + " is missing from the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * This gazetteer with a user's file added. The file has the format of the shipped file its name starts with
     * ({@code states}, {@code organizations}, {@code titles}, {@code groups}); any other name is read as persons.
     * A user's entry with a known id adds names and offices to that actor.
     *
     * @throws IllegalArgumentException naming the file and line when a line cannot be read
     */
    public Gazetteer withUserFile(Path file) {
        Builder b = new Builder(this);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String kind = Arrays.stream(new String[] {"states", "organizations", "titles", "groups"})
                .filter(name::startsWith).findFirst().orElse("persons");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            b.read(kind + ".psv", r, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read gazetteer file " + file + ": " + e.getMessage(), e);
        }
        return new Gazetteer(b);
    }

    /** The actors a name may stand for; empty when none. The key is {@link NameFolding#key folded}. */
    public List<NameEntry> lookup(String key) {
        return names.getOrDefault(key, List.of());
    }

    /**
     * The actors a name may stand for on a day: states that did not exist that day left out, and of the states that
     * did, the one with the shorter life first ("Moscow" in 1987 is the Soviet Union, "Belgrade" in 1995 the
     * Federal Republic of Yugoslavia). Without a day, {@link #lookup(String)}.
     */
    public List<NameEntry> lookup(String key, LocalDate day) {
        List<NameEntry> all = lookup(key);
        if (day == null || all.isEmpty() || all.size() == 1 && !lifetimes.containsKey(all.get(0).actor().id())) {
            return all;
        }
        List<NameEntry> out = new ArrayList<>(all.size());
        for (NameEntry e : all) {
            if (existedOn(e.actor(), day)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingLong(e -> lifeInDays(e.actor())));
        return out;
    }

    /** Whether an actor existed on a day: always, except for a state or body outside the days its line gives. */
    public boolean existedOn(Actor actor, LocalDate day) {
        LocalDate[] life = lifetimes.get(actor.id());
        return life == null || day == null
                || (life[0] == null || !day.isBefore(life[0])) && (life[1] == null || !day.isAfter(life[1]));
    }

    private long lifeInDays(Actor actor) {
        if (actor.kind() != ActorKind.STATE) {
            return Long.MIN_VALUE; // persons and bodies keep their place before states: only states have lives
        }
        LocalDate[] life = lifetimes.get(actor.id());
        LocalDate from = life == null || life[0] == null ? LocalDate.of(1000, 1, 1) : life[0];
        LocalDate to = life == null || life[1] == null ? LocalDate.of(3000, 1, 1) : life[1];
        return to.toEpochDay() - from.toEpochDay();
    }

    /**
     * Whether a name holds an actor's name but names something else ("New Jersey", "South China Sea"): the scan takes
     * it whole so that the actor inside is not read. The key is folded.
     */
    public boolean isNotActor(String key) {
        return notActors.contains(key);
    }

    /** The beginnings of the names' keys (and of the names of no actor), so that a scan stops extending a run of words no name begins with. */
    KeyPrefixes namePrefixes() {
        return namePrefixes;
    }

    /** The beginnings of the unnamed groups' keys, for the same purpose. */
    KeyPrefixes groupPrefixes() {
        return groupPrefixes;
    }

    /** The longest name, in words, so that a scan knows how far to look. */
    public int maxNameWords() {
        return maxNameWords;
    }

    /** An actor by id. */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** Every actor, for listings and tests. */
    public Collection<Actor> actors() {
        return actors.values();
    }

    /** The state a demonym belongs to today ("Russian" -> Russia). */
    public Optional<Actor> demonym(String word) {
        return demonym(word, null);
    }

    /** The state a demonym belonged to on a day ("Russian", "Soviet" in 1987 -> the Soviet Union); any day when null. */
    public Optional<Actor> demonym(String word, LocalDate day) {
        return onDay(demonyms.get(NameFolding.key(word)), day);
    }

    /** The state with an ISO alpha-3 code today. */
    public Optional<Actor> state(String country) {
        return state(country, null);
    }

    /** The state with an ISO alpha-3 code on a day ("DEU" in 1987 is West Germany); today when null. */
    public Optional<Actor> state(String country, LocalDate day) {
        return onDay(country == null ? null : statesByCountry.get(country), day);
    }

    /** Of the states that share a name or code, the one of a day: the shortest-lived that existed; today's without a day. */
    private Optional<Actor> onDay(List<Actor> states, LocalDate day) {
        if (states == null) {
            return Optional.empty();
        }
        if (day == null) {
            return states.stream().filter(a -> lifetimes.get(a.id()) == null || lifetimes.get(a.id())[1] == null)
                    .findFirst().or(() -> Optional.of(states.get(0)));
        }
        return states.stream().filter(a -> existedOn(a, day)).min(Comparator.comparingLong(this::lifeInDays));
    }

    /** The class of a title ("spokesman" -> SPOKESPERSON), or empty when the words are no title. */
    public Optional<TitleClass> titleClass(String words) {
        return Optional.ofNullable(titles.get(NameFolding.key(words)));
    }

    /**
     * Whether every name with this folded key is written in capitals ("WHO", "US", "UN"): then "Who" and "Us" in a
     * text are the words, not the actor. False for a key no name has.
     */
    public boolean writtenInCapitalsOnly(String key) {
        return names.containsKey(key) && !keysInNormalCase.contains(key);
    }

    /**
     * Whether a folded word ends some title, so that a scan back from a name over the words before it can stop at
     * once where none ends: most capitalised words follow no title, and trying the one, two and three words before
     * each against the titles was a good part of the resolver's time.
     */
    boolean endsTitle(String word) {
        return titleEnds.contains(word);
    }

    /** The longest title, in words. */
    public int maxTitleWords() {
        return 3;
    }

    /** An unnamed group ("intermediaries"), or empty. */
    public Optional<Actor> group(String words) {
        return Optional.ofNullable(groups.get(NameFolding.key(words)));
    }

    /** Whether an actor is a news medium: a source, not a party. */
    public boolean isMedia(Actor a) {
        return media.contains(a.id());
    }

    /** Persons whose family name this is ("putin", "sullivan"); the key is folded. */
    public List<Actor> bySurname(String key) {
        return surnames.getOrDefault(key, List.of());
    }

    /**
     * States whose people write the family name first and are named alone by it ("Xi", "Kim"); not Vietnam, whose news
     * names a person alone by the last, given name ("Pham Minh Chinh" is "Mr Chinh").
     */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "PRK", "KOR", "TWN");

    /**
     * The folded family names of a person under its name and its other names of two words or more: news spells
     * one man "Zelensky", "Zelenskyy" and "Zelenskiy".
     */
    public static Set<String> surnameKeys(Actor person) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(surnameKey(person));
        for (String alias : person.aliases()) {
            if (NameFolding.key(alias).split(" ").length > 1) {
                keys.add(surnameKey(person, alias));
            }
        }
        return keys;
    }

    /** The folded family name of a person: the last word, or the first for names written family name first. */
    public static String surnameKey(Actor person) {
        return surnameKey(person, person.name());
    }

    private static String surnameKey(Actor person, String name) {
        String[] words = NameFolding.key(name).split(" ");
        boolean familyFirst = person.country() != null && FAMILY_NAME_FIRST.contains(person.country());
        if (familyFirst) {
            return words[0];
        }
        String last = words[words.length - 1];
        return last.matches("[ivx]+") && words.length > 1 ? words[words.length - 2] : last;
    }

    /**
     * The person who held a state's leading office on a day ("the Kremlin owner" in 2024 is Putin), or the one
     * holding an office of a class when {@code titleClass} is given.
     */
    public Optional<Actor> officeHolder(String country, TitleClass titleClass, String exactTitle, LocalDate day) {
        String wanted = exactTitle != null ? exactTitle
                : titleClass == TitleClass.HEAD ? leaderTitles.get(country) : null;
        Actor best = null;
        for (Actor a : actors.values()) {
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            for (Role r : a.roles()) {
                if (!country.equals(r.country()) || (day != null && !r.heldOn(day))) {
                    continue;
                }
                boolean fits = wanted != null ? r.title().equalsIgnoreCase(wanted)
                        : titleClass == null || titleClass(r.title()).orElse(TitleClass.OTHER) == titleClass
                        || r.title().toLowerCase(Locale.ROOT).contains(titleClass.name().toLowerCase(Locale.ROOT));
                if (fits && (best == null || a.id().compareTo(best.id()) < 0)) {
                    best = a;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The class of an office title, trying its last words ("Kremlin spokesman" -> SPOKESPERSON). */
    public Optional<TitleClass> classOfOffice(String office) {
        String[] w = NameFolding.key(office).split(" ");
        for (int i = 0; i < w.length; i++) {
            Optional<TitleClass> c = titleClass(String.join(" ", Arrays.copyOfRange(w, i, w.length)));
            if (c.isPresent()) {
                return c;
            }
        }
        for (String word : w) {
            Optional<TitleClass> c = titleClass(word);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** Collects the lines of the data files before they become immutable maps. */
    private static final class Builder {
        private final Map<String, String> actorNames = new LinkedHashMap<>();
        private final Map<String, ActorKind> kinds = new HashMap<>();
        private final Map<String, String> countries = new HashMap<>();
        private final Map<String, List<String>> aliases = new HashMap<>();
        private final Map<String, List<Role>> roles = new HashMap<>();
        private final Map<String, List<NameEntry>> names = new HashMap<>();
        private final Map<String, List<Actor>> demonyms = new HashMap<>();
        private final Map<String, LocalDate[]> lifetimes = new HashMap<>();
        private final Map<String, TitleClass> titles = new HashMap<>();
        private final Map<String, Actor> groups = new HashMap<>();
        private final Map<String, String> leaderTitles = new HashMap<>();
        private final java.util.HashSet<String> media = new java.util.HashSet<>();
        private final java.util.HashSet<String> notActors = new java.util.HashSet<>();
        /** Names to index once actors are built: id -> (name, kind). */
        private final Map<String, List<Map.Entry<String, NameKind>>> pendingNames = new LinkedHashMap<>();
        private final Map<String, List<String>> pendingDemonyms = new HashMap<>();

        Builder() {
        }

        Builder(Gazetteer g) {
            for (Actor a : g.actors.values()) {
                actorNames.put(a.id(), a.name());
                kinds.put(a.id(), a.kind());
                countries.put(a.id(), a.country());
                aliases.put(a.id(), new ArrayList<>(a.aliases()));
                roles.put(a.id(), new ArrayList<>(a.roles()));
            }
            g.names.forEach((k, entries) -> {
                for (NameEntry e : entries) {
                    if (!NameFolding.key(e.actor().name()).equals(k)) {
                        pendingNames.computeIfAbsent(e.actor().id(), x -> new ArrayList<>())
                                .add(Map.entry(k, e.kind()));
                    }
                }
            });
            g.demonyms.forEach((k, list) -> list.forEach(a -> pendingDemonyms.computeIfAbsent(a.id(), x -> new ArrayList<>()).add(k)));
            lifetimes.putAll(g.lifetimes);
            titles.putAll(g.titles);
            g.groups.forEach((k, a) -> {
                groups.put(k, a);
            });
            leaderTitles.putAll(g.leaderTitles);
            media.addAll(g.media);
            notActors.addAll(g.notActors);
        }

        void read(String kind, Reader reader) {
            read(kind, reader, BASE + kind);
        }

        void read(String kind, Reader reader, String source) {
            try (BufferedReader r = new BufferedReader(reader)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\\|", -1);
                    try {
                        switch (kind) {
                            case "states.psv" -> state(f);
                            case "organizations.psv" -> organization(f);
                            case "titles.psv" -> titles.put(NameFolding.key(field(f, 0)), TitleClass.valueOf(field(f, 1).trim()));
                            case "groups.psv" -> group(f);
                            case "not-actors.txt" -> notActors.add(NameFolding.key(line));
                            default -> person(f);
                        }
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(source + " line " + n + ": " + e.getMessage()
                                + " in '" + line + "'", e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }

        private static String field(String[] f, int i) {
            if (i >= f.length) {
                throw new IllegalArgumentException("expected at least " + (i + 1) + " fields separated by '|', found " + f.length);
            }
            return f[i].trim();
        }

        private static List<String> list(String s) {
            List<String> out = new ArrayList<>();
            for (String x : s.split(";")) {
                if (!x.isBlank()) {
                    out.add(x.trim());
                }
            }
            return out;
        }

        private void define(String id, String name, ActorKind kind, String country) {
            if (id.isEmpty()) {
                throw new IllegalArgumentException("empty id");
            }
            if (!name.isEmpty()) {
                actorNames.putIfAbsent(id, name);
            }
            if (!actorNames.containsKey(id)) {
                throw new IllegalArgumentException("the first line of '" + id + "' must give its name");
            }
            kinds.putIfAbsent(id, kind);
            if (country != null && !country.isEmpty()) {
                countries.putIfAbsent(id, country);
            }
            aliases.computeIfAbsent(id, k -> new ArrayList<>());
            roles.computeIfAbsent(id, k -> new ArrayList<>());
        }

        private void addNames(String id, List<String> list, NameKind kind) {
            for (String n : list) {
                if (!aliases.get(id).contains(n)) {
                    aliases.get(id).add(n);
                }
                pendingNames.computeIfAbsent(id, k -> new ArrayList<>()).add(Map.entry(NameFolding.key(n), kind));
            }
        }

        private void state(String[] f) {
            String id = field(f, 0);
            define(id, field(f, 1), ActorKind.STATE, field(f, 2));
            addNames(id, list(field(f, 3)), NameKind.NAME);
            pendingDemonyms.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list(field(f, 4)));
            addNames(id, list(field(f, 5)), NameKind.GOVERNMENT);
            LocalDate to = lifetime(id, f, 7);
            if (f.length > 6 && !f[6].isBlank() && (to == null || !leaderTitles.containsKey(field(f, 2)))) {
                // a code shared with a state of the past ("DEU", "YEM") keeps the title of today's state
                leaderTitles.put(field(f, 2), f[6].trim());
            }
        }

        /** Reads the days an actor existed from fields {@code at} and {@code at + 1}, when given; returns the last. */
        private LocalDate lifetime(String id, String[] f, int at) {
            LocalDate from = f.length > at ? day(f[at].trim()) : null;
            LocalDate to = f.length > at + 1 ? day(f[at + 1].trim()) : null;
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("'" + id + "' ends (" + to + ") before it begins (" + from + ")");
            }
            if (from != null || to != null) {
                lifetimes.put(id, new LocalDate[] {from, to});
            }
            return to;
        }

        private void organization(String[] f) {
            String id = field(f, 0);
            String kind = field(f, 2);
            boolean isMedia = kind.equals("MEDIA");
            define(id, field(f, 1), isMedia ? ActorKind.ORGANIZATION : ActorKind.valueOf(kind), field(f, 3));
            if (isMedia) {
                media.add(id);
            }
            addNames(id, list(field(f, 4)), isMedia ? NameKind.MEDIA : NameKind.NAME);
            lifetime(id, f, 5);
        }

        private void group(String[] f) {
            Actor a = new Actor(field(f, 1), field(f, 2), ActorKind.GROUP, null, List.of(), List.of());
            groups.put(NameFolding.key(field(f, 0)), a);
        }

        private void person(String[] f) {
            String id = field(f, 0);
            String country = field(f, 3);
            boolean iso = country.matches("[A-Z]{3}");
            define(id, field(f, 1), ActorKind.PERSON, iso ? country : null);
            addNames(id, list(field(f, 2)), NameKind.NAME);
            String title = field(f, 4);
            if (!title.isEmpty()) {
                roles.get(id).add(new Role(title, country.isEmpty() ? null : country, day(field(f, 5)),
                        f.length > 6 ? day(f[6].trim()) : null));
            }
        }

        private static LocalDate day(String s) {
            if (s.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a day in the form 2024-01-31", e);
            }
        }

        Map<String, Actor> actors() {
            Map<String, Actor> out = new LinkedHashMap<>();
            actorNames.forEach((id, name) -> {
                List<Role> rs = new ArrayList<>(roles.get(id));
                rs.sort(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from()));
                out.put(id, new Actor(id, name, kinds.get(id), countries.get(id), aliases.get(id), rs));
            });
            names.clear();
            out.values().forEach(a -> index(NameFolding.key(a.name()), a,
                    media.contains(a.id()) ? NameKind.MEDIA : NameKind.NAME));
            pendingNames.forEach((id, list) -> list.forEach(e -> index(e.getKey(), out.get(id), e.getValue())));
            demonyms.clear();
            pendingDemonyms.forEach((id, list) -> list.forEach(d -> {
                List<Actor> states = demonyms.computeIfAbsent(NameFolding.key(d), k -> new ArrayList<>());
                if (!states.contains(out.get(id))) {
                    states.add(out.get(id));
                }
            }));
            return out;
        }

        private void index(String key, Actor a, NameKind kind) {
            List<NameEntry> list = names.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.stream().noneMatch(e -> e.actor().id().equals(a.id()))) {
                list.add(new NameEntry(a, kind));
            }
        }
    }
}
