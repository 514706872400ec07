package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class RequiredLiteralsTest {
    private static List<String> words(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).words();
    }

    @Test
    void aLiteralRunIsRequiredAndAQuantifierMakesItsLastLetterOptional() {
        assertEquals(List.of("met"), words("met(?! (?:the |its )?(?:conditions|demands))"));
        assertEquals(List.of("meet"), words("meets?"));
        assertEquals(List.of("phone call"), words("(?:tele)?phone call"), "an optional group is skipped");
    }

    @Test
    void theGroupOrRunWhoseShortestWordIsLongestIsKept() {
        assertEquals(List.of("pledged", "sent", "delivered"), words("(?:pledged|sent|delivered) (?:\\S+ ){0,5}aid"));
        assertEquals(List.of(" part in "), words("(?:take|took|taking) part in (?:the )?talks"));
        assertEquals(List.of("for talks", "to meet"),
                words("(?:travel|go|went) to (?-i:[A-Z])[\\p{L}-]+(?: [\\p{L}-]+){0,5} (?:for talks|to meet)"));
        assertEquals(List.of("said", "reported"), words("\\b([A-Z][\\p{L}]*)\\s+(?:said|reported)\\b"));
    }

    @Test
    void alternativesAtTheTopLevelGiveTheWordsOfEach() {
        assertEquals(List.of("talks", "summit"), words("talks|summit"));
        assertEquals(List.of(), words("talks|on"), "one alternative too short: no words");
    }

    @Test
    void patternsThatCannotBeReadSafelyGetNoWordsAndAlwaysMayMatch() {
        assertEquals(List.of(), words("[Mm]et"));
        assertEquals(List.of(), words("on?"));
        assertEquals(List.of(), words("\\Qmet\\E"));
        assertEquals(List.of(), words("(?x)m e t"));
        assertEquals(List.of(), RequiredLiterals.of(Pattern.compile("met", Pattern.COMMENTS)).words());
        assertTrue(RequiredLiterals.of(Pattern.compile("[Mm]et")).mayMatch("nothing here"));
    }

    @Test
    void foldingFollowsTheEnginesCaseRules() {
        assertEquals("istanbul said", RequiredLiterals.fold("İSTANBUL ſaid"));
        assertTrue(Pattern.compile("said", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("ſAID").find());
        assertTrue(RequiredLiterals.of(Pattern.compile("said", Pattern.CASE_INSENSITIVE)).mayMatch(RequiredLiterals.fold("ſAID")));
    }

    @Test
    void aTextWithoutTheWordsGetsAMatcherThatFindsNothing() {
        Pattern p = Pattern.compile("\\baccording to\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
        assertFalse(RequiredLiterals.matcher(p, "Moscow said so.").find());
        Matcher m = RequiredLiterals.matcher(p, "According to Reuters, it did.");
        assertTrue(m.find());
        assertEquals("Reuters", m.group(1));
    }

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
        EventPatterns p = EventPatterns.standard();
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
