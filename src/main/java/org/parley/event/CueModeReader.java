package org.parley.event;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.text.FoldedText;
import org.parley.text.RequiredLiterals;

/**
 * Reads the mode from the cues of the rules ("will", "did not", "if") among the twelve words before a trigger, the
 * cue ending nearest the trigger winning, then corrects it for what the cue words mean with the trigger: a refusal
 * carries its own negation, a warning is made rather than supposed, "said it would sign" is a plan, and a negation
 * or a "denied" reported of a happening is a denial. Stateless.
 */
final class CueModeReader implements ModeReader {
    /** "had not engaged", "did not meet": a happening denied, where "was not cutting ties" is a course not taken. */
    private static final Pattern HAPPENED_NOT = Pattern.compile(
            "(?i)\\b(?:had|has|have|did|was|were)\\s+(?:not|n't|never)\\b(?!\\s+\\w+ing\\b)|\\bnever\\b");
    private static final Pattern SAID_IT_WOULD = Pattern.compile("(?s).*\\b(?:said|says|told|announced|expected)\\b.*\\bwould\\b.*");
    private static final Pattern CONDITION = Pattern.compile("(?is).*\\b(?:if|unless)\\b.*");
    private static final Pattern NEGATION_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:not|n't|never)\\s+(?:\\w+\\s+)?$");

    private final List<EventRules.Cue> cues;
    private final Pattern denial;

    CueModeReader(EventRules rules) {
        this.cues = rules.cues;
        this.denial = Pattern.compile("\\b(?:" + rules.words("denial-verbs") + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    @Override
    public Reading mode(SentenceView v, TriggerMatch t, Clause w) {
        ArticleView a = v.article;
        String body = a.body;
        int ts = t.start();
        EventType type = t.rule().type();
        int from = Math.max(w.left(), ts - 100);
        StringBuilder unquoted = new StringBuilder();
        for (int i = from; i < ts; i++) {
            boolean relative = i >= w.skipStart() && i < w.skipEnd(); // "Biden, who is due to meet Erdoğan, welcomed": not Biden's plan
            unquoted.append(a.quoted(i) && !a.quoted(ts) || relative ? ' ' : body.charAt(i));
        }
        String before = unquoted.toString();
        String[] words = ClauseWords.SPACES.split(before.trim());
        int keep = Math.min(words.length, 12);
        String near = String.join(" ", Arrays.copyOfRange(words, words.length - keep, words.length));
        EventMode mode = EventMode.ASSERTED;
        String cue = null;
        int best = -1;
        FoldedText nearFolded = FoldedText.of(near);
        for (EventRules.Cue c : cues) {
            Matcher m = RequiredLiterals.matcher(c.pattern(), near, nearFolded);
            while (m.find()) {
                if (m.end() > best) {
                    best = m.end();
                    mode = c.mode();
                    cue = c.id();
                }
            }
        }
        EventRules rules = a.rules;
        boolean refusal = rules.has(type, EventRules.Trait.REFUSAL);
        String correction = null;
        if ((refusal || rules.has(type, EventRules.Trait.MADE_BY_SAYING)) && mode == EventMode.HYPOTHETICAL) {
            mode = EventMode.ASSERTED; // "would not discuss" is the refusal itself; a warning is made, not supposed
            correction = Reasons.MODE_MADE;
        }
        if (mode == EventMode.HYPOTHETICAL && SAID_IT_WOULD.matcher(body.substring(Math.max(v.start(), ts - 160), ts)).matches()
                && !CONDITION.matcher(v.text()).matches()) {
            mode = EventMode.PLANNED; // "Canada said it would sign": a plan told in reported speech
            correction = Reasons.MODE_SAID_IT_WOULD;
        }
        String sentenceBefore = body.substring(v.start(), ts);
        if (refusal && mode == EventMode.NEGATED && !NEGATION_RIGHT_BEFORE.matcher(before).find()) {
            return reading(EventMode.ASSERTED, cue, Reasons.MODE_REFUSAL_NEGATION); // "had not been invited and would not recognise": the refusal carries its own negation
        }
        // "Ushakov denied a report that the two presidents had agreed ...": the that-clause is what is denied
        String head = body.substring(v.start(), w.left());
        if (denial.matcher(near).find() || ClauseWords.THAT_BEFORE.matcher(head).find() && denial.matcher(head).find()) {
            return reading(EventMode.DENIED, cue, Reasons.MODE_DENIED);
        }
        if (mode == EventMode.NEGATED && rules.reporting.matcher(sentenceBefore).find()
                && HAPPENED_NOT.matcher(near + " " + body.substring(ts, Math.min(v.end(), ts + 30))).find()) {
            return reading(EventMode.DENIED, cue, Reasons.MODE_REPORTED_NEGATION); // "said the US had not engaged": a denial that it happened; "was not cutting ties" is a negation
        }
        return reading(mode, cue, correction);
    }

    private static Reading reading(EventMode mode, String cue, String correction) {
        List<String> rules = new java.util.ArrayList<>(2);
        if (cue != null) {
            rules.add(cue);
        }
        if (correction != null) {
            rules.add(correction);
        }
        return new Reading(mode, rules);
    }
}
