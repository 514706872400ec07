package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids, so that reading the same source twice replaces an article instead of duplicating it. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The first 16 hex digits of the SHA-256 of the source key (a relative path, a URL, a file#record). */
    public static String of(String sourceKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sourceKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
