package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.text.RequiredLiterals;

class EventRulesWordsTest {
    @Test
    void everyShippedPatternMatchesOnlyTextHoldingOneOfItsWords() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add("Blinken met Wang. They held talks, took part in the summit and agreed to meet again; "
                + "Lavrov PHONED Fidan, who visited Moscow and did not discuss the plan, and pledged new aid. "
                + "He was not expected to go; she plans to sign, but never would, and is scheduled to visit "
                + "if they intend to, having severed ties and sent 12 missiles. He'll travel to Paris for talks.");
        try (Stream<Path> files = Files.list(Path.of("data", "articles"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        EventRules p = EventRules.standard();
        List<Pattern> all = new ArrayList<>();
        p.triggers.forEach(t -> all.add(t.pattern()));
        p.cues.forEach(c -> all.add(c.pattern()));
        all.addAll(p.nouns.values());
        int matched = 0;
        int withWords = 0;
        for (Pattern pattern : all) {
            RequiredLiterals words = RequiredLiterals.of(pattern);
            withWords += words.words().isEmpty() ? 0 : 1;
            for (String text : texts) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    matched++;
                    assertTrue(words.mayMatch(RequiredLiterals.fold(m.group())),
                            pattern.pattern() + " matched '" + m.group() + "' without any of " + words.words());
                }
            }
        }
        assertTrue(matched > 100, "the texts exercise the patterns: " + matched);
        assertTrue(withWords > all.size() * 9 / 10, "nearly every pattern gets words: " + withWords + " of " + all.size());
    }
}
