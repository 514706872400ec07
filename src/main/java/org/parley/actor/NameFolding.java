package org.parley.actor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names to a form that ignores case, accents and quote styles, one character for one, so that
 * "Türkiye", "Turkiye" and "TURKIYE" meet and offsets into the folded text are offsets into the original.
 */
public final class NameFolding {
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-|-$");

    private NameFolding() {
    }

    /** One character folded: lower case, without its accent, typographic quotes as ASCII, spaces as one space. */
    public static char fold(char c) {
        if (c < 128) {
            return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02bc', '`' -> {
                return '\'';
            }
            case '\u201c', '\u201d' -> {
                return '"';
            }
            case '\u2013', '\u2014', '\u2010', '\u2011' -> {
                return '-';
            }
            case '\u0131', '\u0130' -> {
                return 'i';
            }
            case '\u00a0', '\u2009', '\u202f' -> {
                return ' ';
            }
            default -> {
                if (Character.isWhitespace(c)) {
                    return ' ';
                }
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return Character.toLowerCase(d.charAt(0));
            }
        }
    }

    /** A whole text folded character by character; the result has the same length. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /**
     * A name as a lookup key: folded, runs of spaces as one, trimmed. One pass without a regular expression:
     * the resolver asks for a key for every run of words it tries against the gazetteer, and this was the
     * actor stage's hottest frame.
     */
    public static String key(String name) {
        if (isKey(name)) {
            return name; // already folded (a word of the folded text, a key built before): nothing to copy
        }
        return appendKey(new StringBuilder(name.length()), name, 0, name.length()).toString().trim();
    }

    /** Whether a text is its own key: every character folded, single spaces, nothing to trim at either end. */
    private static boolean isKey(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) <= ' ' || name.charAt(n - 1) <= ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (fold(c) != c || c == ' ' && name.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends the key of {@code text[from, to)} to a key being built: folded, runs of spaces as one, none before
     * the first character of the key and none pending at the end. When {@code out} holds the key of a text
     * ending in a letter or digit, the result is the key of the two texts joined, so a scan can extend a run of
     * words one word at a time instead of folding the whole run again.
     */
    static StringBuilder appendKey(StringBuilder out, CharSequence text, int from, int to) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = fold(text.charAt(i));
            if (c == ' ') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out;
    }

    /** A slug for ids: folded, letters and digits joined by hyphens ("Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan"). */
    public static String slug(String name) {
        return EDGE_HYPHENS.matcher(NOT_WORD.matcher(key(name)).replaceAll("-")).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
