package org.parley.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.parley.model.Sentence;
import org.parley.text.FoldedText;
import org.parley.text.RequiredLiterals;

/**
 * Spots triggers with the trigger rules: each rule is tried only on sentences holding one of its words (most hold
 * none), and a match inside a longer one is dropped, so that "held talks" is one trigger, not "talks" as well.
 * Immutable, so thread-safe.
 */
final class RuleTriggerSpotter implements TriggerSpotter {
    private final List<EventPatterns.Trigger> rules;
    /** For each rule, the words one of which its matches hold: a sentence without them cannot match. */
    private final List<RequiredLiterals> words;

    RuleTriggerSpotter(List<EventPatterns.Trigger> rules) {
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
            Matcher m = rules.get(i).pattern().matcher(st);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new TriggerMatch(base + m.start(), base + m.end(), rules.get(i)));
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
}
