package org.parley.render;

import java.util.List;
import org.parley.model.DateView;

/**
 * The view models the templates read: plain records built once from the model, so templates only
 * print and loop and every decision (order, colour, words of a date) is made, and tested, in Java.
 */
public final class Views {
    private Views() {
    }

    /** An actor as pages show it. {@code colour} is a class from the legend ("c0".."c8"). */
    public record ActorView(String id, String slug, String href, String name, String kind, String country,
                            String colour, List<String> offices, int count) {
    }

    /** A party to one event with the office it held then. */
    public record PartView(ActorView actor, String role, String part) {
    }

    /** A place, type or article entry of a list page. */
    public record LinkView(String href, String name, int count, String note) {
    }

    /** An event as a row of a timeline or a list. */
    public record EventView(String id, String slug, String href, String type, String cameo, String typeHref,
                            String mode, String modeLabel, boolean held, DateView date, List<PartView> actors,
                            LinkView place, String summary, String attribution, String colour, int sources,
                            String headline, Quote quote) {
        /** The classes of its row: its colour, and whether it did not (or not yet) happen. */
        public String rowClass() {
            return "ev " + colour + (held ? "" : " unheld");
        }

        /** Whether any actor takes part. */
        public boolean hasActors() {
            return !actors.isEmpty();
        }

        /** How many reports there are beyond the one quoted. */
        public int moreSources() {
            return Math.max(0, sources - 1);
        }
    }

    /**
     * The sentence shown under a headline on the timeline, the words that made it an event marked, with the
     * article it comes from.
     */
    public record Quote(List<Piece> sentence, String title, String articleHref, String published, String publishedIso) {
    }

    /**
     * One report of an event: its sentence with the marked words, where it comes from, and why the engine took it
     * for an event.
     */
    public record MentionView(String articleHref, String title, String published, String publishedIso,
                              String sourceUrl, String source, List<Piece> sentence, String attribution, List<Reason> why) {
        public MentionView {
            why = why == null ? List.of() : List.copyOf(why);
        }

        /** A report without its reasons. */
        public MentionView(String articleHref, String title, String published, String publishedIso,
                           String sourceUrl, String source, List<Piece> sentence, String attribution) {
            this(articleHref, title, published, publishedIso, sourceUrl, source, sentence, attribution, List.of());
        }
    }

    /** One rule that made a report an event: its id and what it says to an editor. */
    public record Reason(String rule, String says) {
    }

    /** The events of one month (or, for events known only to the year, of one year). */
    public record MonthView(String anchor, String label, String datetime, List<EventView> events) {
    }

    /** The events of one year, as a section and as a page. */
    public record YearView(int year, String anchor, String href, String newestHref, int count, List<MonthView> months) {
    }

    /** A colour of the legend: which country or group it stands for. */
    public record LegendEntry(String colour, String label) {
    }

    /** The colours of the legend, the states apart from the people and bodies (and "everyone else"). */
    public record Legend(List<LegendEntry> states, List<LegendEntry> others) {
    }

    /** The strip of events per month, an inline SVG drawn at render time. */
    public record StripView(int width, int height, List<Bar> bars, List<Tick> ticks, String label, List<Outlier> outliers) {
    }

    /** A month of events far from all the others, listed under the strip instead of stretching it. */
    public record Outlier(String href, String label) {
    }

    /** One month's bar of the strip, linked to that month on the timeline. */
    public record Bar(int x, int y, int w, int h, String href, String title) {
    }

    /** A year's mark under the strip. */
    public record Tick(int x, String label) {
    }

    /** An actor met with, and how often. */
    public record CoActor(ActorView actor, int count) {
    }
}
