package org.parley.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.parley.model.DataFile;

/**
 * Re-joins sentences that OpenNLP's detector broke after an abbreviation ("on Feb. | 24, 2022",
 * "Lt. | Gen. | Keith Kellogg"), because a split sentence loses its date or its actor to the next one.
 *
 * <p>A break is undone only when the word before it is a known abbreviation (data/text/abbreviations.tsv)
 * and the word after it cannot start a sentence there: a number after a month, a name after a title, an
 * organisation's head noun after "U.S.", or any word in lower case. Spans keep the offsets they were given.
 */
final class Abbreviations {
    private static final String FOLDER = "data/text/";

    /** What kind of next word shows that the sentence goes on after an abbreviation. */
    private enum Follower {
        NUMBER, NAME, HEAD
    }

    private static final Abbreviations STANDARD = new Abbreviations(
            kinds(file("abbreviations.tsv")), Set.copyOf(file("head-nouns.txt").words()),
            Set.copyOf(file("sentence-openers.txt").words()));

    private final Map<String, Follower> abbreviations;
    private final Set<String> headNouns;
    private final Set<String> openers;

    private Abbreviations(Map<String, Follower> abbreviations, Set<String> headNouns, Set<String> openers) {
        this.abbreviations = abbreviations;
        this.headNouns = headNouns;
        this.openers = openers;
    }

    /** The lists shipped in data/text/. */
    static Abbreviations standard() {
        return STANDARD;
    }

    /**
     * The sentence spans of {@code text} with every break after an abbreviation that the next word shows to
     * be no sentence end removed; the spans must be in order and trimmed of white space.
     */
    List<Span> join(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span next : spans) {
            Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && goesOn(lastWord(text, previous), firstWord(text, next))) {
                out.set(out.size() - 1, new Span(previous.getStart(), next.getEnd()));
            } else {
                out.add(next);
            }
        }
        return out;
    }

    private boolean goesOn(String before, String after) {
        Follower kind = abbreviations.get(before);
        if (kind == null || after.isEmpty()) {
            return false;
        }
        char first = after.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        return switch (kind) {
            case NUMBER -> Character.isDigit(first);
            case NAME -> Character.isUpperCase(first) && !openers.contains(after);
            case HEAD -> headNouns.contains(after);
        };
    }

    /** The sentence's last word, without opening brackets or quotes: "(Feb." gives "Feb.". */
    private static String lastWord(String text, Span span) {
        int start = span.getEnd();
        while (start > span.getStart() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start < span.getEnd() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return text.substring(start, span.getEnd());
    }

    /** The sentence's first word, without the punctuation after it: "24," gives "24". */
    private static String firstWord(String text, Span span) {
        int end = span.getStart();
        while (end < span.getEnd() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(span.getStart(), end);
    }

    private static Map<String, Follower> kinds(DataFile file) {
        Map<String, Follower> kinds = new HashMap<>();
        for (DataFile.Row row : file.rows()) {
            if (row.size() != 2) {
                throw row.error("expected 'abbreviation<TAB>kind'");
            }
            try {
                kinds.put(row.field(0), Follower.valueOf(row.field(1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.field(1) + "'");
            }
        }
        return Map.copyOf(kinds);
    }

    private static DataFile file(String name) {
        return DataFile.resource(FOLDER + name);
    }
}
