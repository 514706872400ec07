package org.parley.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.text.FoldedText;
import org.parley.text.RequiredLiterals;

/**
 * Spots triggers with the trigger rules: each rule is tried only on sentences holding one of its words (most hold
 * none), a rule that names parts of speech keeps only matches whose first word the text stage tagged so, and a
 * match inside a longer one is dropped, so that "held talks" is one trigger, not "talks" as well.
 * Immutable, so thread-safe.
 */
final class RuleTriggerSpotter implements TriggerSpotter {
    private final List<EventRules.Trigger> rules;
    /** For each rule, the words one of which its matches hold: a sentence without them cannot match. */
    private final List<RequiredLiterals> words;

    RuleTriggerSpotter(List<EventRules.Trigger> rules) {
        this.rules = List.copyOf(rules);
        this.words = rules.stream().map(t -> RequiredLiterals.of(t.pattern())).toList();
    }

    @Override
    public List<TriggerMatch> spot(Sentence s) {
        String st = s.text();
        int base = s.start();
        List<TriggerMatch> all = new ArrayList<>();
        FoldedText folded = FoldedText.of(st);
        for (int i = 0; i < rules.size(); i++) {
            if (!words.get(i).mayMatch(folded)) {
                continue;
            }
            EventRules.Trigger rule = rules.get(i);
            Matcher m = rule.pattern().matcher(st);
            while (m.find()) {
                if (m.end() > m.start() && hasPartOfSpeech(s, base + m.start(), rule.pos())) {
                    all.add(new TriggerMatch(base + m.start(), base + m.end(), rule));
                }
            }
        }
        all.sort(Comparator.comparingInt(TriggerMatch::start).thenComparingInt(a -> -(a.end() - a.start())));
        List<TriggerMatch> kept = new ArrayList<>();
        for (TriggerMatch t : all) {
            if (kept.stream().noneMatch(k -> k.holds(t))) {
                kept.add(t);
            }
        }
        return kept;
    }

    /**
     * Whether the token at an offset has one of a rule's parts of speech. Only a rule that asks reads the sentence's
     * tokens, so that the tagger runs for few sentences (it costs more than the rest of the text stage); a token the
     * text stage left untagged passes, the words alone deciding.
     */
    static boolean hasPartOfSpeech(Sentence s, int at, java.util.Set<String> pos) {
        if (pos.isEmpty()) {
            return true;
        }
        for (Token t : s.tokens()) {
            if (t.start() <= at && at < t.end()) {
                return t.pos().isEmpty() || pos.contains(t.pos());
            }
        }
        return false;
    }
}
