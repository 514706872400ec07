package org.parley.index;

/**
 * The part of a source one worker takes ({@code index --shard I/N}): the articles whose id hashes to its number, so
 * that N workers on N machines share one folder or feed without overlap and without talking to each other. A worker
 * removes only the articles of its own part that the source no longer has.
 *
 * @param number the worker's part, 1 to {@code count}
 * @param count  how many parts
 */
public record Shard(int number, int count) {
    /** The whole source: one worker. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || number < 1 || number > count) {
            throw new IllegalArgumentException("--shard must be I/N with 1 <= I <= N, was " + number + "/" + count);
        }
    }

    /** Reads "I/N" ("2/4"). */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--shard must be I/N (such as 1/2), was '" + text + "'");
    }

    /** Whether an article is this worker's: by a hash of its id, the same on every machine. */
    public boolean owns(String articleId) {
        return count == 1 || Math.floorMod(EventSchema.hash64(articleId), (long) count) == number - 1;
    }
}
