package org.parley.event;

import java.util.List;

/**
 * The ids of the decisions the passes make in Java rather than by a rule row: how a mode was corrected, where a date
 * or a place came from, how the source was named, what the events told before gave. Each has a row in
 * {@code data/events/en/reasons.psv} saying it in words an editor reads, and an example in {@code cases.psv}; the
 * rule rows (triggers, cues, settings) and the frames ({@code frame.<name>}) are the other ids a mention records.
 */
final class Reasons {
    static final String MODE_MADE = "mode.made-not-supposed";
    static final String MODE_SAID_IT_WOULD = "mode.said-it-would";
    static final String MODE_REFUSAL_NEGATION = "mode.refusal-negation";
    static final String MODE_DENIED = "mode.denied";
    static final String MODE_REPORTED_NEGATION = "mode.reported-negation";
    static final String PLACE_NAMED = "place.named";
    static final String PLACE_CITY_OF = "place.city-of";
    static final String DATE_OWN_WORDS = "date.own-words";
    static final String DATE_IN_SENTENCE = "date.in-sentence";
    static final String DATE_WEEKDAY_MOVED = "date.weekday-moved";
    static final String DATE_GAP = "date.gap";
    static final String DATE_AFTER_NAMED = "date.after-named";
    static final String DATE_AT_EVENT = "date.at-event";
    static final String DATE_SAME_PARTIES = "date.same-parties";
    static final String DATE_CONTEXT = "date.context";
    static final String DATE_COMING_DAYS = "date.coming-days";
    static final String DATE_LEAD = "date.lead";
    static final String DATE_PUBLICATION = "date.publication";
    static final String DATE_BACKGROUND = "date.background";
    static final String SOURCE_ACCORDING_TO = "source.according-to";
    static final String SOURCE_QUOTED = "source.quoted";
    static final String SOURCE_OFFICIALS = "source.officials";
    static final String SOURCE_MEDIUM = "source.medium";
    static final String SOURCE_AT_END = "source.at-end";
    static final String EARLIER_BOTH_SIDES = "earlier.both-sides";
    static final String EARLIER_HOSTED_TALKS = "earlier.hosted-talks";

    /** Every id above, in the order an explanation lists them. */
    static final List<String> ALL = List.of(MODE_MADE, MODE_SAID_IT_WOULD, MODE_REFUSAL_NEGATION, MODE_DENIED,
            MODE_REPORTED_NEGATION, PLACE_NAMED, PLACE_CITY_OF, DATE_OWN_WORDS, DATE_IN_SENTENCE, DATE_WEEKDAY_MOVED,
            DATE_GAP, DATE_AFTER_NAMED, DATE_AT_EVENT, DATE_SAME_PARTIES, DATE_CONTEXT, DATE_COMING_DAYS, DATE_LEAD,
            DATE_PUBLICATION, DATE_BACKGROUND, SOURCE_ACCORDING_TO, SOURCE_QUOTED, SOURCE_OFFICIALS, SOURCE_MEDIUM, SOURCE_AT_END,
            EARLIER_BOTH_SIDES, EARLIER_HOSTED_TALKS);

    /** The id of a frame's decision. */
    static String frame(Frame f) {
        return "frame." + f.id();
    }

    private Reasons() {
    }
}
