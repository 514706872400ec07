package org.parley.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many events in all, the first ones in the asked order, and, when asked
 * for, the facets of all of them (top co-actors, types, places, years, sources).
 *
 * @param total  the number of events that match
 * @param hits   the first {@code limit} of them
 * @param facets facet dimension -> top values, in {@link EventSchema#FACETS} order; empty when not asked for
 */
public record SearchResult(long total, List<EventHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
