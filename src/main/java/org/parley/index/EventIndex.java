package org.parley.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.parley.event.ArticleEvents;
import org.parley.model.Article;

/**
 * The writing side of an event store: articles go in with their own events and come out again, and a commit merges
 * what changed into happenings and makes it visible to readers ({@link EventReader}) at once.
 *
 * <p>Nothing written is visible before {@link #commit()}; a run may commit as often as it likes (a checkpoint), and a
 * run stopped at any moment leaves the store as of its last commit. An article's events are replaced whole: putting
 * an article again replaces its own mentions only, and removing it takes only its own mentions away. The local
 * Lucene index ({@link LuceneEventIndex}) is one such store; a SolrCloud collection is meant to be another. One thread
 * at a time uses an instance.
 */
public interface EventIndex extends AutoCloseable {
    /**
     * The hash that says whether an article changed: of its id, publication date, title and body, so that a re-read
     * unchanged article is skipped.
     */
    static String contentHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {a.id(), a.published().toString(), a.title(), a.body()}) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Where the store is, for messages ("index/", a collection's URL). */
    String location();

    /** The content hash an article was stored under, as of the last commit and this run's changes; null when absent. */
    String storedHash(String articleId) throws IOException;

    /** Every article id in the store, as of the last commit and this run's changes, one at a time. */
    void forEachArticleId(Consumer<String> action) throws IOException;

    /**
     * Puts an article with its own (unmerged) events in under a content hash, replacing any earlier version of it.
     * The hash is the one of the article as read, which may differ from the one given when it was cut to a limit.
     */
    void putArticle(ArticleEvents article, String contentHash) throws IOException;

    /** Puts an article in under the hash of its own content. */
    default void putArticle(ArticleEvents article) throws IOException {
        putArticle(article, contentHash(article.article().article()));
    }

    /** Removes an article; its events lose its mentions at the next commit. */
    void removeArticle(String articleId) throws IOException;

    /**
     * Merges what changed since the last commit and makes it visible; does nothing when nothing changed.
     *
     * @return the number of events in the store
     */
    long commit() throws IOException;

    /** Ends the run; what was not committed is dropped. */
    @Override
    void close() throws IOException;
}
