package org.parley.event;

import java.util.Locale;

/**
 * The literal word every match of a pattern must begin with, used as a cheap test before the pattern
 * itself is run.
 *
 * <p>Why: the extractor tries over a hundred trigger patterns on every sentence, and most sentences of a
 * news archive hold none of them; a {@code String.contains} on the lower-cased sentence rules out a
 * pattern for a fraction of the cost of running it (the event stage was half of Parley's time on
 * Reuters-21578, see BENCHMARKS.md). The test only ever skips a pattern that cannot match: a pattern whose
 * leading word cannot be read off safely (it starts with a group, a class, an escape or an inline flag,
 * or has an alternative at its top level) gets no prefix and is always run.
 */
final class LiteralPrefix {
    private static final int SHORTEST = 3;

    private LiteralPrefix() {
    }

    /**
     * The lower-cased literal that starts every match of a case-insensitive regular expression, up to its
     * first space, or {@code null} when none of at least three characters can be read off.
     */
    static String of(String regex) {
        if (hasTopLevelAlternative(regex)) {
            return null;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’') {
                prefix.append(c);
                continue;
            }
            if ((c == '?' || c == '*' || c == '{') && prefix.length() > 0) {
                prefix.setLength(prefix.length() - 1); // the quantifier makes the last character optional
            }
            break;
        }
        return prefix.length() >= SHORTEST ? prefix.toString().toLowerCase(Locale.ROOT) : null;
    }

    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
