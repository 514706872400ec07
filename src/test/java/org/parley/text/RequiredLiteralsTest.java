package org.parley.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void quotedTextStandsForItself() {
        assertEquals(List.of("feb", "march"), words("(?:\\Qfeb\\E\\.?|\\Qmarch\\E)\\s+\\d"));
        assertEquals(List.of("a.m"), words("\\Qa.m\\E"));
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
}
