package org.parley.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import picocli.CommandLine;

/**
 * The first word of a command line, checked before picocli reads any option: it must be a command or one of
 * the options {@code parley} itself takes. Otherwise picocli would take a later word for the command
 * ("parley --index index" runs {@code index} and complains about its options).
 */
final class FirstWord {
    /** How alike (1 = the same) a typed word and a command must be for the command to be suggested. */
    private static final float NEAR_ENOUGH = 0.6f;

    private FirstWord() {
    }

    /** What is wrong with the first word, or {@code null} when the line may be parsed. */
    static String check(String[] args, CommandLine cl) {
        if (args.length == 0) {
            return "no command given";
        }
        Set<String> commands = cl.getSubcommands().keySet();
        String first = args[0];
        if (commands.contains(first)) {
            return null;
        }
        if (first.startsWith("-")) {
            if (cl.getCommandSpec().findOption(first.contains("=") ? first.substring(0, first.indexOf('=')) : first) != null) {
                return null;
            }
            return "'" + first + "' is not an option of parley; put the command first (parley search " + first
                    + " ...); commands: " + String.join(", ", commands);
        }
        String near = nearest(first, List.copyOf(commands));
        return "unknown command '" + first + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
                + " (commands: " + String.join(", ", commands) + ")";
    }

    /**
     * The command nearest to a mistyped word, when it is near enough to be what was meant: Lucene's edit
     * distance, which counts a swapped pair of letters ("serach") as one edit.
     */
    static String nearest(String word, List<String> commands) {
        LuceneLevenshteinDistance d = new LuceneLevenshteinDistance();
        return commands.stream()
                .filter(c -> d.getDistance(word, c) >= NEAR_ENOUGH)
                .max(Comparator.comparingDouble((String c) -> d.getDistance(word, c)).thenComparing(Comparator.reverseOrder()))
                .orElse(null);
    }
}
