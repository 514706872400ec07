package org.parley.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many events in all, one page of them in the asked order, the facets of all of them when
 * asked for, and the token of the next page.
 *
 * @param total  the number of events that match
 * @param hits   this page: at most the query's {@code limit} of them
 * @param facets facet dimension -> top values, in {@link EventSchema#FACETS} order; empty when not asked for
 * @param next   the token that asks for the page after this one ({@link EventReader#search(EventQuery, boolean, String)}),
 *               or {@code null} when this page is the last
 */
public record SearchResult(long total, List<EventHit> hits, Map<String, List<FacetCount>> facets, String next) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** A result that is its search's last page. */
    public SearchResult(long total, List<EventHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, null);
    }
}
