package org.parley.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.index.EventHit;
import org.parley.index.EventSchema;
import org.parley.index.Evidence;
import org.parley.index.FacetCount;
import org.parley.index.SearchResult;
import org.parley.model.DateText;
import org.parley.model.DateView;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Mention;

/**
 * What the search page shows, ready for a template: the form as the user filled it, the results with
 * dates in words and evidence in marked pieces, and facets whose links narrow the search. Every link
 * is a plain GET URL, so any page of results can be shared.
 *
 * @param params the query string of the request
 * @param result what the search found, or {@code null} when it could not run
 * @param error  why it could not run, or {@code null}
 */
public record SearchPage(QueryParams params, SearchResult result, String error) {
    /** One result row. */
    public record Row(String date, String datetime, String type, String actors, String place,
                      List<Evidence.Segment> evidence, List<Source> sources) {
    }

    /** One article that reports an event. */
    public record Source(String title, String published) {
    }

    /** A facet with its values. */
    public record Facet(String title, List<FacetLink> values) {
    }

    /** A facet value with its count and the URL that narrows the search to it ({@code null} when it cannot). */
    public record FacetLink(String label, long count, String url) {
    }

    /** The first value of a parameter, or "". */
    public String param(String name) {
        String v = params.first(name);
        return v == null ? "" : v;
    }

    /** The asked actors, then one empty field for another. */
    public List<String> actorFields() {
        List<String> fields = new ArrayList<>(params.all("actor"));
        fields.removeIf(String::isBlank);
        fields.add("");
        return fields;
    }

    public List<String> types() {
        return Arrays.stream(EventType.values()).map(Enum::name).toList();
    }

    /** The URL of this very search. */
    public String shareUrl() {
        String q = params.encode();
        return q.isEmpty() ? "/search" : "/search?" + q;
    }

    public String summary() {
        if (result == null) {
            return "";
        }
        long total = result.total();
        return total + (total == 1 ? " event" : " events")
                + (total > result.hits().size() ? " (first " + result.hits().size() + " shown)" : "");
    }

    public List<Row> rows() {
        if (result == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (EventHit h : result.hits()) {
            Event e = h.event();
            DateView date = DateText.of(e.date());
            rows.add(new Row(date.note() == null ? date.text() : date.text() + " (" + date.note() + ")",
                    date.datetime() == null ? "" : date.datetime(),
                    e.type().name(), e.actors().stream().map(p -> p.actor().name()).collect(Collectors.joining(", ")),
                    e.place() == null ? "" : e.place(), h.evidence().segments(), sources(e)));
        }
        return rows;
    }

    private static List<Source> sources(Event e) {
        List<Source> out = new ArrayList<>();
        for (Mention m : e.mentions()) {
            Source s = new Source(m.title() == null || m.title().isBlank() ? m.article() : m.title(),
                    m.published() == null ? "" : m.published().toString());
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Facet> facets() {
        if (result == null) {
            return List.of();
        }
        List<Facet> out = new ArrayList<>();
        for (Map.Entry<String, List<FacetCount>> dim : result.facets().entrySet()) {
            List<FacetLink> links = new ArrayList<>();
            for (FacetCount f : dim.getValue()) {
                links.add(new FacetLink(f.label(), f.count(), narrow(dim.getKey(), f.label())));
            }
            String title = EventSchema.facetTitle(dim.getKey());
            out.add(new Facet(title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1), links));
        }
        return out;
    }

    private String narrow(String dim, String label) {
        QueryParams p = switch (dim) {
            case EventSchema.FACET_ACTOR -> params.plus("actor", label);
            case EventSchema.FACET_TYPE -> params.with("type", label);
            case EventSchema.FACET_PLACE -> params.with("place", label);
            case EventSchema.FACET_YEAR -> params.with("from", label).with("to", label);
            default -> null; // sources are not a search criterion
        };
        return p == null ? null : "/search?" + p.encode();
    }
}
