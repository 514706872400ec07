package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.text.RequiredLiterals;

class TimeRulesWordsTest {
    @Test
    void everyFirstWordOfARuleMayStartOneInAnyCaseAndMostOtherWordsMayNot() {
        TimeData data = new TimeData();
        for (String key : data.byFirstWord.keySet()) {
            if (key.equals(TimeData.DIGIT)) {
                continue; // digits are told apart before any word is looked up
            }
            String upper = key.toUpperCase(java.util.Locale.ROOT);
            assertTrue(data.mayBeFirstWord(" " + upper + " ", 1, upper.length() + 1), key);
        }
        int refused = 0;
        String[] others = {"said", "mln", "dlrs", "pct", "company", "shares", "Reuters", "profit", "oil", "bank"};
        for (String w : others) {
            refused += data.mayBeFirstWord(w, 0, w.length()) || data.byFirstWord.containsKey(w) ? 0 : 1;
        }
        assertTrue(refused >= others.length - 2, "words that start no rule are mostly refused at once: " + refused);
    }

    @Test
    void everyRuleMatchesOnlyTextHoldingOneOfItsWords() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add("In the first quarter of 1987, about 12 months ago, on Feb. 26, 1987 at 10 a.m. EST, in the 20th "
                + "century, the second half of next year, three weeks later, the year-earlier period, mid-March, "
                + "last Tuesday morning, the 1990s, Q3 2024, 12/06/2024, nineteen ninety-six and two years before.");
        try (Stream<Path> files = Files.list(Path.of("data", "articles"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        int matched = 0;
        int withWords = 0;
        List<TimeData.Rule> rules = new ArrayList<>();
        new TimeData().byFirstWord.values().forEach(list -> list.stream().filter(r -> !rules.contains(r)).forEach(rules::add));
        for (TimeData.Rule rule : rules) {
            RequiredLiterals words = RequiredLiterals.of(rule.pattern());
            withWords += words.words().isEmpty() ? 0 : 1;
            for (String text : texts) {
                Matcher m = rule.pattern().matcher(text);
                while (m.find()) {
                    matched++;
                    assertTrue(words.mayMatch(RequiredLiterals.fold(m.group())),
                            "line " + rule.line() + " matched '" + m.group() + "' without any of " + words.words());
                }
            }
        }
        assertTrue(matched > 100, "the texts exercise the rules: " + matched);
        assertTrue(withWords > rules.size() / 3, "many rules get words: " + withWords + " of " + rules.size());
    }
}
