package org.parley.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.model.DataFile;

/**
 * The word lists and patterns of {@code data/time/}, read once from the class path so that the
 * tagger is cheap to build and the jar works from any folder.
 */
final class TimeData {
    /** Where the time stage's data files are on the class path. */
    static final String FOLDER = "/parley/data/time/";
    /** The same folder under the project, as {@link DataFile#resource} names it. */
    static final String DATA = "data/time/";

    /** Month word (lower case, no period) to month number. */
    final Map<String, Integer> months = numbers(read("months.tsv"));
    /** Weekday word (lower case) to ISO day number. */
    final Map<String, Integer> weekdays = numbers(read("weekdays.tsv"));
    /** Number word (lower case) to its value, or -1 for an unknown count. */
    final Map<String, Integer> numbers;
    /** Unit word (lower case, singular) to TIMEX3 duration letter and count. */
    final Map<String, String[]> units = columns(read("units.tsv"));
    /** Season word to code, first month, last month. */
    final Map<String, String[]> seasons = columns(read("seasons.tsv"));
    /** Fuzzy word to TIMEX3 mod. */
    final Map<String, String> fuzzy = single(read("fuzzy-parts.tsv"));
    /** Reference phrase to PRESENT_REF, PAST_REF or FUTURE_REF. */
    final Map<String, String> references = single(read("references.tsv"));
    /** Parts of day that a weekday keeps in its value ("Friday evening"); lower case. */
    final java.util.Set<String> weekdayParts = read("weekday-parts.txt").stream().map(r -> r[0].strip())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Holiday name (lower case) to its rule. */
    final Map<String, String> holidays = single(read("holidays.tsv"));
    /** The patterns, kind and compiled expression, in file order. */
    final List<Rule> rules;
    /** The patterns that may start at a word, by the word in lower case; {@link #DIGIT} for digits. */
    final Map<String, List<Rule>> byFirstWord;
    private static final int FIRST_WORD_BITS = 1 << 12;
    private final long[] firstWordHashes = new long[FIRST_WORD_BITS / 64];
    /** The key of a word that starts with a digit (or an apostrophe before one, as in "'90s"). */
    static final String DIGIT = "{DIGIT}";

    /** One line of {@code patterns.tsv}. */
    record Rule(String kind, Pattern pattern, int line, java.util.Set<String> groups) {
        /** A named group's text, or {@code null} when the pattern has no such group or it did not take part. */
        String group(java.util.regex.Matcher m, String name) {
            return groups.contains(name) ? m.group(name) : null;
        }
    }

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** Compiled once: {@link #key} runs for every word the readers look up. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FINAL_PERIOD = Pattern.compile("\\.$");

    TimeData() {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (String[] row : read("numbers.tsv")) {
            n.put(row[0].toLowerCase(Locale.ROOT), row[1].equals("X") ? -1 : Integer.parseInt(row[1]));
        }
        numbers = n;
        Map<String, String> macros = Map.of(
                "{MONTH}", withPeriods(alternation(months.keySet()), months.keySet()),
                "{WEEKDAY}", withPeriods(alternation(weekdays.keySet()), weekdays.keySet()),
                "{NUM}", "(?:" + alternation(numbers.keySet()) + "|\\d+)",
                "{UNIT}", alternation(units.keySet()),
                "{SEASON}", alternation(seasons.keySet()),
                "{HOLIDAY}", alternation(holidays.keySet()).replace("'", "\\E['’]\\Q"),
                "{REF}", alternation(references.keySet()));
        Map<String, java.util.Collection<String>> firstWords = Map.of(
                "{MONTH}", months.keySet(), "{WEEKDAY}", weekdays.keySet(), "{NUM}", numbers.keySet(),
                "{UNIT}", units.keySet(), "{SEASON}", seasons.keySet(), "{HOLIDAY}", holidays.keySet(),
                "{REF}", references.keySet());
        List<Rule> list = new ArrayList<>();
        Map<String, List<Rule>> index = new java.util.HashMap<>();
        for (DataFile.Row row : file("patterns.tsv").rows()) {
            row.expect(3, "kind, first words, regex");
            String[] cols = row.fields().toArray(new String[0]);
            int lineNo = row.line();
            String regex = cols[2];
            for (Map.Entry<String, String> m : macros.entrySet()) {
                regex = regex.replace(m.getKey(), m.getValue());
            }
            // Every pattern starts at a word boundary; the tagger checks the end.
            java.util.Set<String> names = new java.util.HashSet<>();
            java.util.regex.Matcher g = GROUP_NAME.matcher(regex);
            while (g.find()) {
                names.add(g.group(1));
            }
            Rule rule = new Rule(cols[0],
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")", Pattern.CASE_INSENSITIVE), lineNo,
                    java.util.Set.copyOf(names));
            list.add(rule);
            for (String w : cols[1].trim().split("\\s+")) {
                java.util.Collection<String> words = firstWords.get(w);
                for (String first : words == null ? List.of(w) : words) {
                    String key = w.equals(DIGIT) ? DIGIT : first.toLowerCase(Locale.ROOT).split("[^\\p{L}]", 2)[0];
                    List<Rule> at = index.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!at.contains(rule)) {
                        at.add(rule);
                    }
                }
            }
        }
        rules = List.copyOf(list);
        index.replaceAll((k, v) -> List.copyOf(v));
        byFirstWord = Map.copyOf(index);
        for (String key : byFirstWord.keySet()) {
            int h = key.hashCode();
            firstWordHashes[(h & FIRST_WORD_BITS - 1) >>> 6] |= 1L << h;
            firstWordHashes[(h >>> 16 & FIRST_WORD_BITS - 1) >>> 6] |= 1L << (h >>> 16);
        }
    }

    /**
     * Whether the word {@code text[from, to)}, lower-cased, may be a key of {@link #byFirstWord}: answered from the
     * hash codes of the keys without cutting and lower-casing the word, which the tagger did for every word of every
     * article though few are keys. A "no" is certain; a word with a character outside ASCII always gets "maybe".
     */
    boolean mayBeFirstWord(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return true;
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return (firstWordHashes[(h & FIRST_WORD_BITS - 1) >>> 6] & 1L << h) != 0
                && (firstWordHashes[(h >>> 16 & FIRST_WORD_BITS - 1) >>> 6] & 1L << (h >>> 16)) != 0;
    }

    /**
     * The words as one alternation, longest first, behind a look-ahead for their first letters: the engine tries the
     * alternatives one by one, and at a digit or a word none of them starts with (most places a rule is tried) the
     * look-ahead fails at once instead of after every alternative. It changes nothing that matches.
     */
    private static String alternation(java.util.Collection<String> words) {
        String alternatives = words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
        if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
            return alternatives;
        }
        StringBuilder firsts = new StringBuilder("(?=[");
        words.stream().map(w -> w.charAt(0)).distinct().sorted().forEach(c -> firsts.append(
                Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format(Locale.ROOT, "\\x{%x}", (int) c)));
        return firsts.append("])").append(alternatives).toString();
    }

    /** Lets the abbreviations of an alternation ("feb", "tues") take a period, full names not. */
    private static String withPeriods(String alternation, java.util.Collection<String> words) {
        String out = alternation;
        for (String w : words) {
            if (w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july")) {
                out = out.replace("\\Q" + w + "\\E", "\\Q" + w + "\\E\\.?");
            }
        }
        return out;
    }

    private static Map<String, Integer> numbers(List<String[]> rows) {
        Map<String, Integer> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r[0].toLowerCase(Locale.ROOT), Integer.parseInt(r[1])));
        return m;
    }

    private static Map<String, String[]> columns(List<String[]> rows) {
        Map<String, String[]> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r[0].toLowerCase(Locale.ROOT), java.util.Arrays.copyOfRange(r, 1, r.length)));
        return m;
    }

    private static Map<String, String> single(List<String[]> rows) {
        Map<String, String> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r[0].toLowerCase(Locale.ROOT), r[1]));
        return m;
    }

    private static List<String[]> read(String name) {
        return file(name).rows().stream().map(r -> r.fields().toArray(new String[0])).toList();
    }

    /** A file of {@code data/time/}, read the one way every data file is read. */
    static DataFile file(String name) {
        return DataFile.resource(DATA + name);
    }

    /** Normalises a matched word for lookup: lower case, single spaces, no trailing period, plain apostrophe. */
    static String key(String word) {
        String spaced = SPACES.matcher(word.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
        return FINAL_PERIOD.matcher(spaced).replaceAll("");
    }
}
