package org.parley.actor;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Every beginning of a set of look-up keys that ends where a word of the key ends, so that a scan that extends a run
 * of words one word at a time can stop as soon as no key begins with the run.
 *
 * <p>Why: the resolver tries each run of up to four words (or the longest name's count) at every word of an
 * article against the gazetteer, and most runs begin with a word that no name begins with; folding and looking up
 * each of them was the actor stage's hottest frame (see BENCHMARKS.md). A key that is not a beginning of any key
 * cannot be a key, nor can any longer run that starts with it, so stopping there skips only look-ups that would
 * have found nothing. Immutable.
 *
 * <p>Only beginnings that end with a word are kept ("the", "the kremlin", not "t" or "the k"): a run of the text's
 * words ends with a letter or digit that no letter or digit follows, so a key that goes on with a letter there
 * cannot begin with the run. Keeping every character's beginning made nearly every short word ("in", "a", "said")
 * the beginning of some name, and the scan went on to look up runs that could find nothing.
 *
 * <p>The set of beginnings is large (tens of thousands of strings), so a look-up in it is mostly a cache miss; a
 * small bit table of their hash codes answers "no" first for most words, and only a "maybe" goes to the set.
 */
final class KeyPrefixes {
    private static final int BITS = 1 << 18;
    private final Set<String> prefixes;
    private final long[] hashes = new long[BITS / 64];

    private KeyPrefixes(Set<String> prefixes) {
        this.prefixes = prefixes;
        for (String p : prefixes) {
            int h = p.hashCode();
            hashes[bit(h) >>> 6] |= 1L << bit(h);
            hashes[bit(h >>> 14) >>> 6] |= 1L << bit(h >>> 14);
        }
    }

    private static int bit(int h) {
        return h & (BITS - 1);
    }

    /**
     * The beginnings of these keys that end with a letter or digit not followed by another (the keys themselves
     * included, whatever they end with).
     */
    static KeyPrefixes of(Collection<String> keys) {
        Set<String> out = new HashSet<>();
        for (String key : keys) {
            for (int end = 1; end < key.length(); end++) {
                if (Character.isLetterOrDigit(key.charAt(end - 1)) && !Character.isLetterOrDigit(key.charAt(end))) {
                    out.add(key.substring(0, end));
                }
            }
            out.add(key);
        }
        return new KeyPrefixes(Set.copyOf(out));
    }

    /** Whether some key begins with (or is) this text, where the text ends with a whole word. */
    boolean begins(String text) {
        int h = text.hashCode();
        return (hashes[bit(h) >>> 6] & 1L << bit(h)) != 0 && (hashes[bit(h >>> 14) >>> 6] & 1L << bit(h >>> 14)) != 0
                && prefixes.contains(text);
    }
}
