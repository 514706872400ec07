package org.parley.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parley.model.DataFile;
import org.parley.model.EventMode;
import org.parley.model.EventType;

/**
 * The rules of event extraction for one language, read from {@code data/events/en/}: macros, role frames, the types
 * table, triggers, mode cues and the settings that make a statement an event. Every rule has an id, and every file
 * is checked as it is read: an unknown type, frame, macro, slot, trait or part of speech, or an id given twice, is
 * an error naming the file and line.
 *
 * <p>Why data: each kind of sentence used to need a Java special case that interacted with dozens of others. Here a
 * new trigger is a row of {@code triggers.psv} and a row of {@code cases.psv}; see {@code data/events/en/README.md}.
 * A user's folder of the same files adds rules ({@link #withFolder}). Immutable.
 */
public final class EventRules {
    /** The folder of the shipped English rules, under the project (and under /parley/ in the jar). */
    static final String FOLDER = "data/events/en/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The word lists of {@code macros.psv} that the passes read; each must be there. */
    static final List<String> LISTS = List.of("prepositions", "object-prepositions", "telling-verbs", "addressing-words",
            "determiners", "not-places", "scene-nouns", "place-kinds", "both-sides", "reporting-verbs", "light-verbs",
            "seeking-verbs", "seeking-modifiers", "not-yet", "not-held-nouns", "source-nouns", "denial-verbs", "ahead-of",
            "readiness", "plan-words", "noun-date-words", "background-words", "repeat-words", "perfect-ties", "span-to-now",
            "no-office-roles", "economic-figures", "firm-names", "state-offices");
    /** The parts of speech a trigger may ask for: the Universal Dependencies tags of the text stage. */
    private static final Set<String> TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    /** What an event type is like, for the passes that treat types alike. */
    enum Trait {
        /** Every party does the same thing (a meeting, a call): who is named first says nothing. */
        SYMMETRIC,
        /** It happens somewhere worth saying. */
        PLACED,
        /** Planned for a weekday, it is the weekday to come ("would travel on Wednesday"). */
        MOVABLE,
        /** One verb can tell it twice, with two objects in two places. */
        SPLITTABLE,
        /** It is done by saying: "would" before it does not make it hypothetical. */
        MADE_BY_SAYING,
        /** The day it is reported said is its day ("called on all parties, his spokesman said on Saturday"). */
        DATED_WHEN_SAID,
        /** It carries its own negation and modal: "would not discuss" is the refusal itself. */
        REFUSAL;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A trigger rule: words that make a sentence tell an event.
     *
     * @param id      the rule's id ({@code meet.met})
     * @param where   the file and line it was read from
     * @param pattern its words as an expression, bounded at word ends
     * @param regex   the same without bounds, for the alternation of named events
     * @param type    the event type
     * @param verb    VERB (the clause's own verb, an event when the clause names a party) or NOUN (a naming of an
     *                event, one only with support)
     * @param cameo   the CAMEO code of the events it finds
     * @param frame   its role frame
     * @param pos     the parts of speech its first word must have, from the text stage; empty when not checked
     */
    record Trigger(String id, String where, Pattern pattern, String regex, EventType type, boolean verb, String cameo,
                   Frame frame, Set<String> pos) {
    }

    /** Words before a trigger that set its mode. */
    record Cue(String id, String where, Pattern pattern, EventMode mode) {
    }

    /** Words that make a "said" an event of its own (an interview, a news conference). */
    record Setting(String id, String where, Pattern pattern) {
    }

    /**
     * A row of the types table.
     *
     * @param type    the type
     * @param frame   the role frame of its triggers that name none
     * @param traits  what it is like
     * @param summary the words of its one-line summaries, between the parties ("met with")
     * @param what    what an editor calls one ("a meeting")
     */
    record TypeRule(EventType type, Frame frame, Set<Trait> traits, String summary, String what) {
    }

    private static volatile EventRules standard;

    final Map<String, String> macros;
    /** Each macro's forms as written, for the word lists read as sets of words. */
    private final Map<String, List<String>> macroForms;
    /** "the two sides", "they": parties named by what they were in the event before. */
    final Pattern bothSides;
    /** Verbs of saying and reporting, and "according to". */
    final Pattern reporting;
    /** "the foreign minister of (the)": an office right before a state, which then stands for its side. */
    final Pattern officeOf;
    private final Map<String, Set<String>> wordSets = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<String, Frame> frames;
    final Map<EventType, TypeRule> types;
    final List<Trigger> triggers;
    final List<Cue> cues;
    final List<Setting> settings;
    /** Every setting as one alternation: whether a sentence has one is asked for every statement. */
    final Pattern anySetting;
    /** Every NOUN trigger of a type as one alternation, for "after a meeting"-style references. */
    final Map<EventType, Pattern> nouns;
    /** Where each rule id was read. */
    private final Map<String, String> ids;
    /** What each decision made in Java, and each frame, says to an editor ({@code reasons.psv}). */
    private final Map<String, String> reasons;

    private EventRules(Reader r) {
        this.macros = Collections.unmodifiableMap(r.macros);
        this.macroForms = Collections.unmodifiableMap(r.macroForms);
        this.bothSides = Pattern.compile("\\b(?:" + words("both-sides") + ")\\b", Pattern.CASE_INSENSITIVE);
        this.reporting = Pattern.compile("\\b(?:" + words("reporting-verbs") + ")\\b", Pattern.CASE_INSENSITIVE);
        this.officeOf = Pattern.compile("\\b(?:" + words("state-offices") + ")\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
        this.frames = Collections.unmodifiableMap(r.frames);
        this.types = Collections.unmodifiableMap(r.types);
        this.triggers = List.copyOf(r.triggers);
        this.cues = List.copyOf(r.cues);
        this.settings = List.copyOf(r.settings);
        this.ids = Collections.unmodifiableMap(r.ids);
        this.reasons = Collections.unmodifiableMap(r.reasons);
        this.anySetting = Pattern.compile(RulePhrase.WORD_START + "(?:"
                + String.join("|", r.settings.stream().map(s -> r.bodies.get(s.id())).toList()) + ")" + RulePhrase.WORD_END, FLAGS);
        Map<EventType, List<String>> parts = new EnumMap<>(EventType.class);
        for (Trigger t : triggers) {
            if (!t.verb()) {
                parts.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t.regex());
            }
        }
        Map<EventType, Pattern> n = new EnumMap<>(EventType.class);
        parts.forEach((type, p) -> n.put(type, Pattern.compile(
                "\\b(?:after|following|since)\\s+(?:an?\\s+|the\\s+|this\\s+|that\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:"
                        + String.join("|", p) + ")(?![\\p{L}\\p{N}])", FLAGS)));
        this.nouns = Collections.unmodifiableMap(n);
    }

    /** The rules Parley ships, read once. */
    public static EventRules standard() {
        EventRules p = standard;
        if (p == null) {
            synchronized (EventRules.class) {
                p = standard;
                if (p == null) {
                    Reader r = new Reader();
                    r.read(FOLDER, name -> DataFile.hasResource(FOLDER + name) ? DataFile.resource(FOLDER + name) : null, true);
                    p = new EventRules(r);
                    standard = p;
                }
            }
        }
        return p;
    }

    /**
     * These rules with a user's folder added: any of {@code macros.psv}, {@code frames.psv}, {@code triggers.psv},
     * {@code cues.psv}, {@code settings.psv} in it, in the shipped files' format. The user's rules come after the
     * shipped ones and may use their macros and frames; the types table is not the user's to change.
     *
     * @throws DataFile.DataFileException naming the file and line of the first row that cannot be read, or the
     *                                    folder when it is none
     */
    public EventRules withFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DataFile.DataFileException(folder + ": not a folder of event rules");
        }
        if (Files.isRegularFile(folder.resolve("types.psv"))) {
            throw new DataFile.DataFileException(folder.resolve("types.psv") + ": the types table is Parley's own; "
                    + "give a trigger a frame of its own instead");
        }
        Reader r = new Reader(this);
        r.read(folder + "/", name -> Files.isRegularFile(folder.resolve(name)) ? DataFile.file(folder.resolve(name)) : null, false);
        return new EventRules(r);
    }

    /** A word list of {@code macros.psv} as an expression: one of its forms. */
    String words(String list) {
        String regex = macros.get(list);
        if (regex == null) {
            throw new IllegalStateException("the word list '" + list + "' is missing from " + FOLDER + "macros.psv");
        }
        return regex;
    }

    /** A word list of single words as a set, in lower case; read once. */
    Set<String> wordSet(String list) {
        return wordSets.computeIfAbsent(list, this::readWordSet);
    }

    private Set<String> readWordSet(String list) {
        words(list);
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String form : macroForms.get(list)) {
            for (String w : form.split("/")) {
                if (!w.matches("[\\p{L}'’-]+")) {
                    throw new IllegalStateException(FOLDER + "macros.psv: the list '" + list + "' is read as single words, not '" + w + "'");
                }
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether an event type has a trait. */
    boolean has(EventType type, Trait trait) {
        return types.get(type).traits().contains(trait);
    }

    /** The frame a trigger's type gives when the trigger names none. */
    Frame frameOf(EventType type) {
        return types.get(type).frame();
    }

    /** The words of one-line summaries for a type ("met with"). */
    String summary(EventType type) {
        return types.get(type).summary();
    }

    /** Every rule id with the file and line it was read from, in reading order. */
    Map<String, String> ids() {
        return ids;
    }

    /** The ids of the decisions made in Java and of the frames, each with what it says to an editor. */
    Map<String, String> reasons() {
        return reasons;
    }

    /**
     * What a rule id says to an editor: a trigger what it tells, a cue what mode it gives, a setting why a statement
     * is one, a frame or a decision its row of {@code reasons.psv}; the id itself when it is none of these (an id
     * from an older index).
     */
    public String explain(String id) {
        String reason = reasons.get(id);
        if (reason != null) {
            return reason;
        }
        for (Trigger t : triggers) {
            if (t.id().equals(id)) {
                String what = types.get(t.type()).what();
                return (t.verb() ? "its verb tells " + what : "its words name " + what) + " (" + t.type() + ", CAMEO " + t.cameo() + ")";
            }
        }
        for (Cue c : cues) {
            if (c.id().equals(id)) {
                return "the words before it make it " + c.mode().name().toLowerCase(Locale.ROOT);
            }
        }
        for (Setting st : settings) {
            if (st.id().equals(id)) {
                return "its setting makes the statement one worth a timeline";
            }
        }
        return id.startsWith("frame.") ? "the parts of its parties follow the frame '" + id.substring(6) + "'" : id;
    }

    /** Where a rule id was read ({@code data/events/en/triggers.psv:13}), or {@code null} for a decision made in Java. */
    public String where(String id) {
        return ids.get(id);
    }

    /** Reads the files in order, each kind checked against what was read before. */
    private static final class Reader {
        final Map<String, String> macros = new LinkedHashMap<>();
        final Map<String, List<String>> macroForms = new LinkedHashMap<>();
        final Map<String, Frame> frames = new LinkedHashMap<>();
        final Map<EventType, TypeRule> types = new EnumMap<>(EventType.class);
        final List<Trigger> triggers = new ArrayList<>();
        final List<Cue> cues = new ArrayList<>();
        final List<Setting> settings = new ArrayList<>();
        final Map<String, String> ids = new LinkedHashMap<>();
        final Map<String, String> bodies = new LinkedHashMap<>();
        final Map<String, String> reasons = new LinkedHashMap<>();

        Reader() {
        }

        Reader(EventRules base) {
            macros.putAll(base.macros);
            macroForms.putAll(base.macroForms);
            frames.putAll(base.frames);
            types.putAll(base.types);
            triggers.addAll(base.triggers);
            cues.addAll(base.cues);
            settings.addAll(base.settings);
            ids.putAll(base.ids);
            reasons.putAll(base.reasons);
            for (Setting s : base.settings) {
                bodies.put(s.id(), unbounded(s.pattern()));
            }
        }

        void read(String folder, java.util.function.Function<String, DataFile> files, boolean shipped) {
            DataFile f = files.apply("macros.psv");
            if (f != null) {
                macros(f);
            }
            if (shipped) {
                for (String list : LISTS) {
                    if (!macros.containsKey(list)) {
                        throw new DataFile.DataFileException(folder + "macros.psv: no word list '" + list + "'");
                    }
                }
            }
            f = files.apply("frames.psv");
            if (f != null) {
                for (DataFile.Row row : f.rows()) {
                    Frame frame = Frame.read(row);
                    if (frames.putIfAbsent(frame.id(), frame) != null) {
                        throw row.error("frame '" + frame.id() + "' is defined twice");
                    }
                }
            }
            if (shipped) {
                f = required(files, folder, "types.psv");
                for (DataFile.Row row : f.rows()) {
                    type(row.expect(5, "type | frame | traits | summary words | what"));
                }
                for (EventType t : EventType.values()) {
                    if (!types.containsKey(t)) {
                        throw new DataFile.DataFileException(f.name() + ": no row for type " + t);
                    }
                }
            }
            f = shipped ? required(files, folder, "triggers.psv") : files.apply("triggers.psv");
            if (f != null) {
                for (DataFile.Row row : f.rows()) {
                    trigger(row.expect(5, "id | words | pos | type | VERB or NOUN [| cameo | frame | after | before | not before | not after]"));
                }
            }
            f = shipped ? required(files, folder, "reasons.psv") : files.apply("reasons.psv");
            if (f != null) {
                for (DataFile.Row row : f.rows()) {
                    reason(row.expect(2, "id | words"));
                }
            }
            if (shipped) {
                for (String id : Reasons.ALL) {
                    if (!reasons.containsKey(id)) {
                        throw new DataFile.DataFileException(folder + "reasons.psv: no row for " + id);
                    }
                }
                for (Frame frame : frames.values()) {
                    if (!reasons.containsKey(Reasons.frame(frame))) {
                        throw new DataFile.DataFileException(folder + "reasons.psv: no row for " + Reasons.frame(frame));
                    }
                }
            }
            f = shipped ? required(files, folder, "cues.psv") : files.apply("cues.psv");
            if (f != null) {
                RulePhrase phrases = new RulePhrase(macros);
                for (DataFile.Row row : f.rows()) {
                    row.expect(3, "id | words | mode");
                    id(row);
                    EventMode mode = mode(row.field(2), row);
                    cues.add(new Cue(row.field(0), row.where(), bounded(phrases.forms(row.field(1), row), row), mode));
                }
            }
            f = shipped ? required(files, folder, "settings.psv") : files.apply("settings.psv");
            if (f != null) {
                RulePhrase phrases = new RulePhrase(macros);
                for (DataFile.Row row : f.rows()) {
                    row.expect(2, "id | words");
                    id(row);
                    String body = phrases.forms(row.field(1), row);
                    bodies.put(row.field(0), body);
                    settings.add(new Setting(row.field(0), row.where(), bounded(body, row)));
                }
            }
        }

        private static DataFile required(java.util.function.Function<String, DataFile> files, String folder, String name) {
            DataFile f = files.apply(name);
            if (f == null) {
                throw new IllegalStateException(folder + name + " is missing");
            }
            return f;
        }

        /** Rows {@code name | form}: a macro is one of its forms; a name may have many rows. */
        private void macros(DataFile f) {
            Map<String, List<String>> forms = new LinkedHashMap<>();
            Map<String, DataFile.Row> first = new LinkedHashMap<>();
            for (DataFile.Row row : f.rows()) {
                row.expect(2, "name | words");
                String name = row.field(0);
                if (!name.matches("[a-z][a-z0-9-]*")) {
                    throw row.error("a macro's name is lower-case letters, digits and '-', was '" + name + "'");
                }
                if (macros.containsKey(name)) {
                    throw row.error("macro '" + name + "' is defined already");
                }
                first.putIfAbsent(name, row);
                forms.computeIfAbsent(name, k -> new ArrayList<>()).add(row.field(1));
            }
            // in file order, so that a macro may use the ones above it
            for (Map.Entry<String, List<String>> e : forms.entrySet()) {
                RulePhrase phrases = new RulePhrase(macros);
                DataFile.Row row = first.get(e.getKey());
                List<String> alternatives = new ArrayList<>();
                for (String form : e.getValue()) {
                    alternatives.add(phrases.forms(form, row));
                }
                macros.put(e.getKey(), alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")");
                macroForms.put(e.getKey(), List.copyOf(e.getValue()));
            }
        }

        private void type(DataFile.Row row) {
            EventType type = type(row.field(0), row);
            Frame frame = frame(row.field(1), row);
            Set<Trait> traits = EnumSet.noneOf(Trait.class);
            for (String t : row.field(2).split("\\s+")) {
                if (t.isEmpty() || t.equals("-")) {
                    continue;
                }
                traits.add(Arrays.stream(Trait.values()).filter(x -> x.key().equals(t)).findFirst()
                        .orElseThrow(() -> row.error("unknown trait '" + t + "'; known: "
                                + Arrays.stream(Trait.values()).map(Trait::key).toList())));
            }
            if (types.put(type, new TypeRule(type, frame, Set.copyOf(traits), row.field(3), row.field(4))) != null) {
                throw row.error("type " + type + " has two rows");
            }
        }

        private void trigger(DataFile.Row row) {
            id(row);
            RulePhrase phrases = new RulePhrase(macros);
            EventType type = type(row.field(3), row);
            String as = row.field(4);
            if (!as.equals("VERB") && !as.equals("NOUN")) {
                throw row.error("the fifth field is VERB or NOUN, was '" + as + "'");
            }
            String cameo = row.field(5).isEmpty() ? type.cameo() : row.field(5);
            if (!type.cameoCodes().contains(cameo)) {
                throw row.error("CAMEO code " + cameo + " is not one of " + type + "'s " + type.cameoCodes());
            }
            Frame frame = row.field(6).isEmpty() ? types.get(type).frame() : frame(row.field(6), row);
            Set<String> pos = Set.of();
            if (!row.field(2).isEmpty()) {
                pos = Set.of(row.field(2).split("/"));
                for (String tag : pos) {
                    if (!TAGS.contains(tag)) {
                        throw row.error("unknown part of speech '" + tag + "'; the text stage gives " + TAGS);
                    }
                }
            }
            StringBuilder regex = new StringBuilder();
            if (!row.field(10).isEmpty()) {
                regex.append("(?<!").append(phrases.preceding(row.field(10), row)).append(')');
            }
            if (!row.field(7).isEmpty()) {
                regex.append("(?<=").append(phrases.preceding(row.field(7), row)).append(')');
            }
            regex.append(phrases.forms(row.field(1), row));
            if (!row.field(8).isEmpty()) {
                regex.append("(?=").append(phrases.following(row.field(8), row)).append(')');
            }
            if (!row.field(9).isEmpty()) {
                regex.append("(?!").append(phrases.following(row.field(9), row)).append(')');
            }
            triggers.add(new Trigger(row.field(0), row.where(), bounded(regex.toString(), row), regex.toString(), type,
                    as.equals("VERB"), cameo, frame, pos));
        }

        private void reason(DataFile.Row row) {
            String id = row.field(0);
            boolean frame = id.startsWith("frame.") && frames.containsKey(id.substring(6));
            if (!frame && !Reasons.ALL.contains(id)) {
                throw row.error("'" + id + "' is no decision of the engine nor frame.<name> of a known frame");
            }
            if (reasons.putIfAbsent(id, row.field(1)) != null) {
                throw row.error("'" + id + "' has two rows");
            }
        }

        private void id(DataFile.Row row) {
            String id = row.field(0);
            if (!id.matches("[a-z][a-z0-9-]*(?:\\.[a-z0-9][a-z0-9-]*)+")) {
                throw row.error("a rule id is words of lower-case letters, digits and '-' joined by '.', was '" + id + "'");
            }
            String before = ids.putIfAbsent(id, row.where());
            if (before != null) {
                throw row.error("rule id '" + id + "' is taken already (" + before + ")");
            }
        }

        private Frame frame(String name, DataFile.Row row) {
            Frame f = frames.get(name);
            if (f == null) {
                throw row.error("unknown frame '" + name + "'; known: " + frames.keySet());
            }
            return f;
        }

        private static EventType type(String name, DataFile.Row row) {
            try {
                return EventType.parse(name);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }

        private static EventMode mode(String name, DataFile.Row row) {
            try {
                return EventMode.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw row.error("unknown mode '" + name + "'; known: " + Arrays.toString(EventMode.values()));
            }
        }

        private static Pattern bounded(String regex, DataFile.Row row) {
            try {
                return Pattern.compile(RulePhrase.WORD_START + "(?:" + regex + ")" + RulePhrase.WORD_END, FLAGS);
            } catch (PatternSyntaxException e) {
                throw row.error("the words make no expression: " + e.getDescription());
            }
        }

        private static String unbounded(Pattern p) {
            String s = p.pattern();
            return s.substring(RulePhrase.WORD_START.length() + 3, s.length() - RulePhrase.WORD_END.length() - 1);
        }
    }
}
