package org.parley.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One input file as the format readers see it.
 *
 * @param path              where to read it
 * @param source            its name in reports and in {@code Article.source}: the path relative to the
 *                          articles folder, with "/" separators
 * @param options           the limits in force
 * @param publishedOverride the publication date to use instead of the file's own, or null
 */
record SourceFile(Path path, String source, IngestOptions options, LocalDate publishedOverride) {
    /** The name of a line of this file in reports: "feed.jsonl:7". */
    String line(long number) {
        return source + ":" + number;
    }

    LocalDate published(LocalDate found) {
        return publishedOverride != null ? publishedOverride : found;
    }
}
