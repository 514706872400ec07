package org.parley.index;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.parley.event.EventJson;

/**
 * The JSON of a search result, shared by {@code parley search --format json} and the HTTP API:
 * {@code {"total":n,"events":[...],"facets":{"actor":[{"label":...,"count":...}],...},"next":"..."}}, each event
 * in the JSON of DESIGN.md; {@code next}, the token of the next page, only when there is one.
 */
public final class SearchResultJson {
    private SearchResultJson() {
    }

    /** The result as one line of JSON; facets only when the search asked for them. */
    public static String toJson(SearchResult r) {
        StringWriter out = new StringWriter();
        try {
            write(out, r.total(), r.hits(), r.facets(), r.next());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes a result as one line of JSON while its events are read, so that a search of a million events is written
     * with one page of them in memory.
     *
     * @param hits every event to write, read once, in order
     * @param next the next page's token, or {@code null}
     */
    public static void write(Writer out, long total, Iterable<EventHit> hits, Map<String, List<FacetCount>> facets,
                             String next) throws IOException {
        try (JsonGenerator g = ArticleJson.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("total", total);
            g.writeArrayFieldStart("events");
            for (EventHit h : hits) {
                g.writeTree(EventJson.toTree(h.event()));
            }
            g.writeEndArray();
            if (!facets.isEmpty()) {
                g.writeObjectFieldStart("facets");
                for (Map.Entry<String, List<FacetCount>> dim : facets.entrySet()) {
                    g.writeArrayFieldStart(dim.getKey());
                    for (FacetCount f : dim.getValue()) {
                        g.writeStartObject();
                        g.writeStringField("label", f.label());
                        g.writeNumberField("count", f.count());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            if (next != null) {
                g.writeStringField("next", next);
            }
            g.writeEndObject();
        }
    }

    /** An error as JSON: {@code {"error":"..."}}. */
    public static String error(String message) {
        return ArticleJson.write(ArticleJson.MAPPER.createObjectNode().put("error", message));
    }
}
