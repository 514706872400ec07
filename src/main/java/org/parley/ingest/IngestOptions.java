package org.parley.ingest;

/**
 * How far ingest trusts its input: the limits that keep one hostile file from exhausting memory.
 *
 * @param maxFileBytes the largest single-article file read (larger ones are skipped and reported); for
 *                     the streaming formats (JSON Lines, Reuters SGML) the limit applies to each record
 */
public record IngestOptions(long maxFileBytes) {
    /** 20 MB: far above any real news article, far below what would strain a default heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public IngestOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
    }

    /** The options Parley uses unless told otherwise. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES);
    }

    /** The same options with another size limit. */
    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(bytes);
    }
}
