package org.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words one of which every match of a regular expression contains, so that a text holding none of them is not
 * searched at all.
 *
 * <p>Why: the event extractor runs over a hundred trigger patterns, thirty mode cues and a dozen clause patterns over
 * every sentence, the actor resolver and the time tagger more over every article, and most texts of a news archive
 * hold none of their words; a {@code String.contains} rules a pattern
 * out for a fraction of the cost of running it (see BENCHMARKS.md). The words are read off the pattern's source: the
 * literal runs at its top level and the groups that must match, every alternative of which has words of its own; of
 * these the piece whose shortest word is longest is kept. Classes, escapes other than escaped punctuation and
 * quoted text, lookarounds and optional parts are skipped, and a pattern that cannot be read safely (comments mode,
 * an unknown escape) gets no words and is always run: the test only ever skips a pattern that cannot match.
 *
 * <p>Case: both the words and the text are folded character by character as the regular expression engine folds
 * them for {@code CASE_INSENSITIVE | UNICODE_CASE} ({@link #fold}), so a case-insensitive match always leaves its
 * words in the folded text.
 *
 * @param words the folded words, one of which every match contains; empty when none are known
 */
public record RequiredLiterals(List<String> words) {
    private static final int SHORTEST = 3;
    private static final RequiredLiterals UNKNOWN = new RequiredLiterals(List.of());
    private static final Map<Pattern, RequiredLiterals> CACHE = new ConcurrentHashMap<>();

    public RequiredLiterals {
        words = List.copyOf(words);
    }

    /** The words of a pattern, read once and kept: give it constants only, so that the cache stays small. */
    public static RequiredLiterals of(Pattern pattern) {
        RequiredLiterals known = CACHE.get(pattern); // a plain read first: computeIfAbsent may lock a shared bin
        return known != null ? known : CACHE.computeIfAbsent(pattern, RequiredLiterals::read);
    }

    /** Whether a {@link #fold folded} text holds one of the words, so that the pattern may match; always when none are known. */
    public boolean mayMatch(String foldedText) {
        return holdsOne(foldedText::contains);
    }

    /** The same for a text whose pairs of characters are known, which rules most absent words out at once. */
    public boolean mayMatch(FoldedText text) {
        return holdsOne(text::contains);
    }

    private boolean holdsOne(java.util.function.Predicate<String> text) {
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            if (text.test(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A matcher of a constant pattern over a text; over the empty text when the text holds none of the pattern's words,
     * which finds nothing, as the text would have: the pattern is not run along the text.
     */
    public static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(of(pattern).mayMatch(fold(text)) ? text : "");
    }

    /** The same with the text already folded, when several patterns look at one text. */
    public static Matcher matcher(Pattern pattern, String text, FoldedText folded) {
        return pattern.matcher(of(pattern).mayMatch(folded) ? text : "");
    }

    /** A text folded one character for one, as the regular expression engine compares characters ignoring case. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(out);
    }

    private static RequiredLiterals read(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return UNKNOWN;
        }
        try {
            List<String> found = required(pattern.pattern());
            if (found == null || found.stream().anyMatch(w -> w.length() < SHORTEST)) {
                return UNKNOWN;
            }
            return new RequiredLiterals(found.stream().map(RequiredLiterals::fold).distinct().toList());
        } catch (RuntimeException e) { // Unreadable, or a pattern shape this reader does not expect
            return UNKNOWN; // such a pattern is simply always tried
        }
    }

    /** Thrown where a pattern holds something this reader does not follow: the pattern then gets no words. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** Words one of which every match of {@code re} contains, or null. */
    private static List<String> required(String re) {
        List<String> alternatives = topLevelAlternatives(re);
        if (alternatives.size() > 1) {
            List<String> all = new ArrayList<>();
            for (String a : alternatives) {
                List<String> words = required(a);
                if (words == null) {
                    return null;
                }
                all.addAll(words);
            }
            return all;
        }
        List<String> best = null;
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '(') {
                best = better(best, run);
                int close = closingParenthesis(re, i);
                String body = groupBody(re, i, close);
                boolean optional = close + 1 < re.length() && "?*{".indexOf(re.charAt(close + 1)) >= 0;
                if (body != null && !optional) {
                    best = better(best, required(body));
                }
                i = afterQuantifier(re, close + 1);
            } else if (c == '[') {
                best = better(best, run);
                i = afterQuantifier(re, closingBracket(re, i) + 1);
            } else if (c == '\\') {
                if (i + 1 >= re.length()) {
                    throw new Unreadable();
                }
                char n = re.charAt(i + 1);
                if (!Character.isLetterOrDigit(n) && n < 128) {
                    run.append(n); // escaped punctuation stands for itself
                    i += 2;
                } else if (n == 'Q') {
                    int end = re.indexOf("\\E", i + 2);
                    String quoted = re.substring(i + 2, end < 0 ? re.length() : end);
                    if (quoted.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
                        throw new Unreadable();
                    }
                    run.append(quoted); // quoted text stands for itself
                    i = end < 0 ? re.length() : end + 2;
                } else {
                    best = better(best, run);
                    i = afterQuantifier(re, afterEscape(re, i));
                }
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - 1); // the quantifier makes the last character optional
                }
                best = better(best, run);
                i = afterQuantifier(re, i);
            } else if (c == '+' || c == '.' || c == '^' || c == '$') {
                best = better(best, run);
                i = afterQuantifier(re, c == '+' ? i : i + 1);
            } else if (Character.isSurrogate(c) || c == ')' || c == ']' || c == '|') {
                throw new Unreadable();
            } else {
                run.append(c);
                i++;
            }
        }
        return better(best, run);
    }

    /** The piece to keep: the one whose shortest word is longer. Clears {@code run} when it is one. */
    private static List<String> better(List<String> best, StringBuilder run) {
        List<String> candidate = run.length() == 0 ? null : List.of(run.toString());
        run.setLength(0);
        return better(best, candidate);
    }

    private static List<String> better(List<String> best, List<String> candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return best;
        }
        return best == null || shortest(candidate) > shortest(best) ? candidate : best;
    }

    private static int shortest(List<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    /** What a group must match, or null for lookarounds and flag settings, which consume nothing of the match. */
    private static String groupBody(String re, int open, int close) {
        if (close == open + 1) {
            return null; // "()": an empty group asks for nothing
        }
        if (open + 1 < close && re.charAt(open + 1) != '?') {
            return re.substring(open + 1, close);
        }
        String head = re.substring(open, Math.min(close, open + 4));
        if (head.startsWith("(?=") || head.startsWith("(?!") || head.startsWith("(?<=") || head.startsWith("(?<!")) {
            return null;
        }
        if (head.startsWith("(?:") || head.startsWith("(?>")) {
            return re.substring(open + 3, close);
        }
        if (head.startsWith("(?<")) {
            return re.substring(re.indexOf('>', open) + 1, close);
        }
        // inline flags, "(?i)" or "(?-i:...)": comments mode would change what spaces mean
        int colon = re.indexOf(':', open);
        int end = colon > 0 && colon < close ? colon : close;
        String flags = re.substring(open + 2, end);
        if (!flags.matches("[a-zA-Z-]*") || flags.indexOf('x') >= 0) {
            throw new Unreadable();
        }
        return end == colon ? re.substring(colon + 1, close) : null;
    }

    /** Past a quantifier that starts at {@code i}, with its lazy or possessive mark; {@code i} when there is none. */
    private static int afterQuantifier(String re, int i) {
        if (i >= re.length()) {
            return i;
        }
        char c = re.charAt(i);
        if (c == '?' || c == '*' || c == '+') {
            i++;
        } else if (c == '{') {
            int close = re.indexOf('}', i);
            if (close < 0) {
                throw new Unreadable();
            }
            i = close + 1;
        } else {
            return i;
        }
        return i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+') ? i + 1 : i;
    }

    /** Past an escape made of a backslash and a letter or digit, with what it takes. */
    private static int afterEscape(String re, int at) {
        char n = re.charAt(at + 1);
        int i = at + 2;
        switch (n) {
            case 'd', 'D', 's', 'S', 'w', 'W', 'b', 'B', 'h', 'H', 'v', 'V', 'R', 'X', 'A', 'z', 'Z', 'G',
                    'n', 't', 'r', 'f', 'a', 'e' -> {
                return i;
            }
            case 'p', 'P', 'N' -> {
                return i < re.length() && re.charAt(i) == '{' ? closing(re, i, '}') + 1 : i + 1;
            }
            case 'x' -> {
                return i < re.length() && re.charAt(i) == '{' ? closing(re, i, '}') + 1 : i + 2;
            }
            case 'u' -> {
                return i + 4;
            }
            case 'c' -> {
                return i + 1;
            }
            case 'k' -> {
                return closing(re, i, '>') + 1;
            }
            default -> {
                if (n >= '0' && n <= '9') {
                    while (i < re.length() && Character.isDigit(re.charAt(i))) {
                        i++;
                    }
                    return i;
                }
                throw new Unreadable();
            }
        }
    }

    /** Past an escape as the scanners of groups and classes see it: a whole quotation, or one escaped character. */
    private static int afterQuoteOrEscapedCharacter(String re, int at) {
        if (at + 1 < re.length() && re.charAt(at + 1) == 'Q') {
            int end = re.indexOf("\\E", at + 2);
            return end < 0 ? re.length() : end + 2;
        }
        return at + 2;
    }

    private static int closing(String re, int from, char c) {
        int at = re.indexOf(c, from);
        if (at < 0) {
            throw new Unreadable();
        }
        return at;
    }

    /** The offset of the bracket that closes the class opened at {@code open}. */
    private static int closingBracket(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i = afterQuoteOrEscapedCharacter(re, i) - 1;
            } else if (c == '[') {
                depth++;
                if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
                    i++; // a bracket first in a class is a literal
                }
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new Unreadable();
    }

    /** The offset of the parenthesis that closes the group opened at {@code open}. */
    private static int closingParenthesis(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i = afterQuoteOrEscapedCharacter(re, i) - 1;
            } else if (c == '[') {
                i = closingBracket(re, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new Unreadable();
    }

    /** A pattern cut at the bars outside its groups and classes. */
    private static List<String> topLevelAlternatives(String re) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i = afterQuoteOrEscapedCharacter(re, i) - 1;
            } else if (c == '[') {
                i = closingBracket(re, i);
            } else if (c == '(') {
                i = closingParenthesis(re, i);
            } else if (c == '|') {
                out.add(re.substring(from, i));
                from = i + 1;
            }
        }
        out.add(re.substring(from));
        return out;
    }
}
