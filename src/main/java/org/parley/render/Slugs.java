package org.parley.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every name a file name that is safe on any file system and distinct from every other name's,
 * so that permalinks stay stable and no name can write outside the site ("../../etc" is just "etc").
 *
 * <p>Letters and digits of any script are kept (lower-cased, Latin accents dropped: "Erdoğan" gives
 * "erdogan", "Зеленський" stays "зеленський"); everything else becomes a hyphen. When two names would
 * share a slug, or a name has no letter at all, a short hash of the name is appended, so the result
 * depends only on the name and the names already given, which the renderer hands in sorted order.
 */
public final class Slugs {
    /** Code points kept at most, so that a slug in a four-byte script still fits a 255-byte file name. */
    private static final int MAX_CODE_POINTS = 48;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "lpt1", "lpt2", "lpt3", "index", "search");

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> taken = new HashMap<>();

    /** The slug of a key (an id or a name), the same on every call for the same key. */
    public String of(String key) {
        String known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String base = slug(key);
        String s = base;
        for (int n = 0; s.isEmpty() || RESERVED.contains(s) || taken.containsKey(s); n++) {
            s = (base.isEmpty() ? "x" : base) + "-" + hash(n == 0 ? key : key + "#" + n);
        }
        byKey.put(key, s);
        taken.put(s, key);
        return s;
    }

    /** The plain slug of a text, without the uniqueness suffix: lower-case letters and digits joined by hyphens. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        int kept = 0;
        boolean hyphen = false;
        for (int i = 0; i < folded.length() && kept < MAX_CODE_POINTS; ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                if (b.length() > 0 && b.charAt(b.length() - 1) < 128) {
                    continue; // an accent on a Latin letter: "ğ" is "g"
                }
                b.appendCodePoint(cp);
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && b.length() > 0) {
                    b.append('-');
                }
                hyphen = false;
                String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                b.append(lower);
                kept++;
            } else {
                hyphen = true;
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** The slug percent-encoded for an {@code href}, so that links work in every browser and from {@code file://}. */
    public static String href(String slug) {
        StringBuilder b = new StringBuilder();
        for (byte x : slug.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '/' || c == '_')) {
                b.append((char) c);
            } else {
                b.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return b.toString();
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
