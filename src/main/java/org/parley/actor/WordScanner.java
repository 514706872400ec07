package org.parley.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the words the resolver reads: runs of letters and digits, joined through a full stop or a hyphen
 * that has a letter or digit after it ("U.S", "al-Assad", "Jakarta-Bandung"), with a clitic of two letters or more
 * after an apostrophe ("O'Brien" is one word; "Xi's" is "Xi" and "s", "don't" is "don" and "t"). The same words as the pattern
 * {@code [\p{L}\p{N}]+(?:[.\-][\p{L}\p{N}]+)*(?:['’]\p{L}{2,})?}, found by a loop over the characters.
 *
 * <p>Why not the pattern: the resolver cuts every article into words before anything else, and the pattern's matcher
 * was the largest part of that cost (see BENCHMARKS.md).
 */
final class WordScanner {
    private WordScanner() {
    }

    /** The words of a text in order, each as {start, end} offsets. */
    static List<int[]> spans(CharSequence text) {
        List<int[]> out = new ArrayList<>(text.length() / 6 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (!letterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = run(text, i, false);
            // ".S" of "U.S", "-Assad" of "al-Assad": a joiner with a letter or digit after it
            while (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == '-')
                    && letterOrDigit(Character.codePointAt(text, i + 1))) {
                i = run(text, i + 1, false);
            }
            if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                int end = run(text, i + 1, true);
                if (Character.codePointCount(text, i + 1, end) >= 2) {
                    i = end;
                }
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** The end of the run of letters (and digits, unless {@code lettersOnly}) that starts at {@code from}. */
    private static int run(CharSequence text, int from, boolean lettersOnly) {
        int i = from;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            if (lettersOnly ? !Character.isLetter(c) : !letterOrDigit(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any kind (digits, Roman numerals, fractions). */
    private static boolean letterOrDigit(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
