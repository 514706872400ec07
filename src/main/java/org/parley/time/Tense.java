package org.parley.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a clause looks from its narrative time, so that "in August" or "on Friday" without a
 * year can be placed: news mostly looks back, so a clause without a future marker counts as past.
 */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Pattern FUTURE_MARK = Pattern.compile(
            "\\b(?:will|won't|wo n't|'ll|shall|going to|plans? to|planning to|planned|scheduled|expected to|"
            + "expects? to|is to|are to|intends? to|would|next|upcoming|coming|due to|set to|until|"
            + "hopes? to|aims? to|promised to|pledged to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_MARK = Pattern.compile(
            "\\b(?:said|was|were|had|did|ago|last|yesterday|earlier|told|[a-z]{2,}ed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENT_MARK = Pattern.compile(
            "\\b(?:is|are|am|says|say|do|does|has|have|[a-z]{3,}s)\\b");

    /**
     * The tense of a sentence as seen from one expression in it: the nearest future or past marker
     * wins, so "said Friday he will visit in August" reads "Friday" as past and "August" as future.
     *
     * @param sentence the sentence text
     * @param at       offset of the expression inside the sentence
     */
    static Tense around(CharSequence sentence, int at) {
        int future = nearest(FUTURE_MARK.matcher(sentence), at);
        int past = nearest(PAST_MARK.matcher(sentence), at);
        if (future < Integer.MAX_VALUE && future <= past) {
            return FUTURE;
        }
        if (past < Integer.MAX_VALUE) {
            return PAST;
        }
        return PRESENT_MARK.matcher(sentence).find() ? PRESENT : PAST;
    }

    private static int nearest(Matcher m, int at) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.end() <= at ? at - m.end() : Math.max(0, m.start() - at);
            best = Math.min(best, d);
        }
        return best;
    }
}
