package org.parley.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A search read page after page ({@code searchAfter}), so that a caller can hand on every event that matches, a
 * million or more, while the heap holds one page. The first page is read at once (its total and facets are known
 * before any event is written); the others as the iteration reaches them. One pass only.
 */
public final class PagedSearch implements Iterable<EventHit> {
    /** Events read at once: a page of stored JSON, whatever the number asked for. */
    public static final int PAGE = 1000;

    private final EventReader reader;
    private final EventQuery page;
    private final long max;
    private final SearchResult first;
    private boolean iterated;

    private PagedSearch(EventReader reader, EventQuery page, long max, SearchResult first) {
        this.reader = reader;
        this.page = page;
        this.max = max;
        this.first = first;
    }

    /**
     * Starts a search of at most {@code max} events; each page holds at most {@link #PAGE}.
     *
     * @param query the search; its limit is replaced by the page size
     * @param max   the most events handed on in all ({@code Long.MAX_VALUE}: every one that matches)
     */
    public static PagedSearch start(EventReader reader, EventQuery query, long max, boolean withFacets) throws IOException {
        if (max < 1) {
            throw new IllegalArgumentException("the most events must be at least 1, was " + max);
        }
        EventQuery page = withLimit(query, (int) Math.min(max, PAGE));
        return new PagedSearch(Objects.requireNonNull(reader), page, max, reader.search(page, withFacets, null));
    }

    /** The first page: the total, the facets and the first events. */
    public SearchResult first() {
        return first;
    }

    /** Every event up to the most asked for, the first page's and then the others'. */
    @Override
    public Iterator<EventHit> iterator() {
        if (iterated) {
            throw new IllegalStateException("a paged search is read once");
        }
        iterated = true;
        return new Iterator<>() {
            private SearchResult current = first;
            private int i;
            private long handed;

            @Override
            public boolean hasNext() {
                if (handed >= max) {
                    return false;
                }
                if (i < current.hits().size()) {
                    return true;
                }
                if (current.next() == null) {
                    return false;
                }
                try {
                    current = reader.search(withLimit(page, (int) Math.min(PAGE, max - handed)), false, current.next());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                i = 0;
                return !current.hits().isEmpty();
            }

            @Override
            public EventHit next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                handed++;
                return current.hits().get(i++);
            }
        };
    }

    private static EventQuery withLimit(EventQuery q, int limit) {
        return new EventQuery(q.actors(), q.type(), q.mode(), q.place(), q.country(), q.from(), q.to(), q.text(), q.sort(),
                limit);
    }
}
