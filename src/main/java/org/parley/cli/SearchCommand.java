package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.event.EventJson;
import org.parley.index.EventHit;
import org.parley.index.EventQuery;
import org.parley.index.EventSchema;
import org.parley.index.EventReader;
import org.parley.index.EventStores;
import org.parley.index.PagedSearch;
import org.parley.index.FacetCount;
import org.parley.index.SearchResult;
import org.parley.index.SearchResultJson;
import org.parley.model.DateBasis;
import org.parley.model.DateText;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.serve.TypedSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Search events by actor, type, place, date and words. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search events by actor, type, place, date and words.",
                "Dates compare by overlap: an event of \"late 2023\" is found by --from 2023-11-01."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "An actor, by any name in any case (\"Sullivan\", \"mr. sullivan\"); repeat for events with all of them.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", description = "Event type: MEET, CALL, PROPOSE, REJECT, ...")
    String type;

    @Option(names = "--mode", paramLabel = "M", description = "asserted, planned, hypothetical, negated or denied.")
    String mode;

    @Option(names = "--place", paramLabel = "P", description = "Where the event took place.")
    String place;

    @Option(names = "--country", paramLabel = "C", description = "A participant's country, by name or ISO 3166 alpha-3 code (Russia, RUS).")
    String country;

    @Option(names = "--from", paramLabel = "DATE",
            description = "First day of the period: 2023, 2023-11, 2023-11-01, 10 July 2023, \"last month\", \"since March\".")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Last day of the period, written as --from is (\"two weeks ago\", \"until March 2024\").")
    String to;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day relative dates (\"last month\") count from (default: today, in UTC).")
    String today;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date", description = "date (default) or relevance.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "The most events shown (default 50); any number, read a page at a time.")
    long limit;

    @Option(names = "--all", description = "Every event that matches, however many (read a page at a time).")
    boolean all;

    @Option(names = "--facets", description = "Also print the top co-actors, types, places, years and sources.")
    boolean facets;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), json or jsonl.")
    String format;

    @Parameters(paramLabel = "TEXT", arity = "0..*",
            description = "Words in the event's summary, sentences or titles (\"a phrase\", -not, a|b).")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "jsonl").contains(fmt)) {
            throw new UsageException("unknown format '" + format + "'; known: table, json, jsonl");
        }
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1, was " + limit);
        }
        long max = all ? Long.MAX_VALUE : limit;
        TypedSearch.Read read;
        try {
            read = new TypedSearch(actors, type, mode, place, country, from, to, String.join(" ", words), sort,
                    (int) Math.min(max, PagedSearch.PAGE))
                    .read(today == null ? LocalDate.now(ZoneOffset.UTC) : TimexCommand.parseDay("--today", today));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!read.echo().isEmpty()) {
            spec.commandLine().getErr().println("parley search: dates " + read.echo());
        }
        EventQuery query = read.query();
        PrintWriter out = spec.commandLine().getOut();
        try (EventReader reader = EventStores.openReader(store.location())) {
            reader.checkActors(query.actors());
            PagedSearch search = PagedSearch.start(reader, query, max, facets);
            SearchResult first = search.first();
            switch (fmt) {
                case "jsonl" -> search.forEach(h -> out.println(EventJson.toJson(h.event())));
                case "json" -> {
                    SearchResultJson.write(out, first.total(), search, first.facets(), null);
                    out.println();
                }
                default -> printTable(out, first, search);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // no index there, an unknown actor
        }
        out.flush();
        return Parley.OK;
    }

    /** Prints each event as it is read, then the count and the facets of the first page's search. */
    private static void printTable(PrintWriter out, SearchResult r, Iterable<EventHit> hits) {
        long shown = 0;
        for (EventHit h : hits) {
            shown++;
            Event e = h.event();
            String actorNames = e.actors().stream().map(p -> p.actor().name()).collect(Collectors.joining(", "));
            // a planned or denied meeting is not a held one, and a date taken from the publication day is said so
            String mode = e.mode() == EventMode.ASSERTED ? "" : "  [" + e.mode().name().toLowerCase(Locale.ROOT) + "]";
            String basis = e.date().basis() == DateBasis.PUBLICATION ? "  (dated by publication)" : "";
            out.printf(Locale.ROOT, "%-22s %-10s %s%s%s%s%n", DateText.of(e.date(), DateText.Style.SHORT).text(),
                    e.type().name(), actorNames.isEmpty() ? "(no actor)" : actorNames,
                    e.place() == null ? "" : "  @ " + e.place(), mode, basis);
            out.println("    " + h.evidence().marked("*", "*"));
        }
        out.printf(Locale.ROOT, "%d event%s%s%n", r.total(), r.total() == 1 ? "" : "s",
                r.total() > shown ? " (first " + shown + " shown)" : "");
        for (Map.Entry<String, List<FacetCount>> dim : r.facets().entrySet()) {
            String values = dim.getValue().stream().map(f -> f.label() + " (" + f.count() + ")")
                    .collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "%-10s %s%n", EventSchema.facetTitle(dim.getKey()) + ":", values.isEmpty() ? "-" : values);
        }
    }
}
