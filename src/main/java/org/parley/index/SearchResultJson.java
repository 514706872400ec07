package org.parley.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.parley.event.EventJson;

/**
 * The JSON of a search result, shared by {@code parley search --format json} and the HTTP API:
 * {@code {"total":n,"events":[...],"facets":{"actor":[{"label":...,"count":...}],...}}}, each event
 * in the JSON of DESIGN.md.
 */
public final class SearchResultJson {
    private SearchResultJson() {
    }

    /** The result as one line of JSON; facets only when the search asked for them. */
    public static String toJson(SearchResult r) {
        ObjectNode o = ArticleJson.MAPPER.createObjectNode();
        o.put("total", r.total());
        ArrayNode events = o.putArray("events");
        r.hits().forEach(h -> events.add(EventJson.toTree(h.event())));
        if (!r.facets().isEmpty()) {
            ObjectNode facets = o.putObject("facets");
            for (Map.Entry<String, List<FacetCount>> dim : r.facets().entrySet()) {
                ArrayNode values = facets.putArray(dim.getKey());
                dim.getValue().forEach(f -> values.addObject().put("label", f.label()).put("count", f.count()));
            }
        }
        return ArticleJson.write(o);
    }

    /** An error as JSON: {@code {"error":"..."}}. */
    public static String error(String message) {
        return ArticleJson.write(ArticleJson.MAPPER.createObjectNode().put("error", message));
    }
}
