package org.parley.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.Actor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;

/**
 * The reading side of an event store: what {@code search}, {@code serve} and {@code render} ask of the events, so that
 * none of them knows whether the events live in a local Lucene index ({@link EventSearcher}) or elsewhere.
 *
 * <p>A reader sees the store as of one commit and moves to a newer one on {@link #refresh()}; searches under way
 * finish on the commit they started on. Implementations are thread-safe: one reader serves every thread of a server.
 */
public interface EventReader extends AutoCloseable {
    /** Where the store is, for messages. */
    String location();

    /** The events that match, in the asked order, with the facets of all of them when asked; a first page. */
    default SearchResult search(EventQuery q, boolean withFacets) throws IOException {
        return search(q, withFacets, null);
    }

    /** The events that match, without facets; a first page. */
    default SearchResult search(EventQuery q) throws IOException {
        return search(q, false, null);
    }

    /**
     * One page of the events that match: at most {@code q.limit()} of them, after the page a token names.
     *
     * @param after the {@link SearchResult#next()} token of the page before, or {@code null} for the first page
     * @throws IllegalArgumentException when the token is not one of this reader's for this order
     */
    SearchResult search(EventQuery q, boolean withFacets, String after) throws IOException;

    /** The event of an id (the first in date order, should two happenings share one), or empty. */
    Optional<Event> event(String id) throws IOException;

    /** Every event in date order, handed on one page at a time, none kept. */
    void forEachEvent(Consumer<Event> action) throws IOException;

    /** Every event in date order, in one list: what a site renderer takes. */
    default List<Event> allEvents() throws IOException {
        List<Event> events = new java.util.ArrayList<>();
        forEachEvent(events::add);
        return events;
    }

    /** Every article with its dates and actors marked, by publication date then id. */
    List<AnnotatedArticle> allArticles() throws IOException;

    /** Every actor the events name, whole (aliases and offices of every report joined), by name. */
    List<Actor> knownActors() throws IOException;

    /** Whether some event has an actor known by this name (any alias, any case). */
    boolean knowsActor(String name) throws IOException;

    /** The names of the known actors nearest to an unknown name, best first. */
    List<String> suggestActors(String name, int max) throws IOException;

    /**
     * Checks that every name is a known actor.
     *
     * @throws IllegalArgumentException "unknown actor 'Sulivan'; did you mean Jake Sullivan?" for the first that is not
     */
    default void checkActors(List<String> names) throws IOException {
        for (String name : names) {
            if (!knowsActor(name)) {
                List<String> near = suggestActors(name, 3);
                throw new IllegalArgumentException("unknown actor '" + name + "'"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?"));
            }
        }
    }

    /** Moves to the newest commit, if there is one; says whether it moved. */
    boolean refresh() throws IOException;

    @Override
    void close() throws IOException;
}
