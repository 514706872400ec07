package org.parley.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Sentence;

/**
 * The word patterns that more than one pass reads: the shape of a passive, of "and" joining two verbs of one subject,
 * of a closed relative clause. Kept in one place so that the passes agree on them; those made of word lists that
 * grow ("the two sides", the verbs of saying) are {@link EventRules#bothSides} and {@link EventRules#reporting}.
 */
final class ClauseWords {
    static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|is|are|been|be|being)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "a deal brokered by Turkey", "the talks, hosted by Fidan": a participle with its agent. */
    static final Pattern REDUCED_PASSIVE = Pattern.compile("\\s+by\\s");
    /** "Erdoğan hosted Zelensky and said": a second verb of the same subject. */
    static final Pattern AND_SAID = Pattern.compile("(?i)\\band\\s+(?:also\\s+|later\\s+)?$");
    static final Pattern THAT_BEFORE = Pattern.compile("(?i)\\b(?:that|said|says)\\s*$");
    static final Pattern CLOSED_RELATIVE = Pattern.compile(",\\s*(?:who|which)\\b[^,;]+,");
    static final Pattern SPACES = Pattern.compile("\\s+");

    private ClauseWords() {
    }

    /**
     * Whether an offset stands in a relative clause closed by its comma (", who has tried to mediate since Russia
     * invaded Ukraine in February,"): that clause is whole even when the page cut off the sentence's end.
     */
    static boolean inClosedRelativeClause(Sentence s, int at) {
        Matcher m = CLOSED_RELATIVE.matcher(s.text());
        while (m.find()) {
            if (s.start() + m.start() <= at && at < s.start() + m.end()) {
                return true;
            }
        }
        return false;
    }
}
