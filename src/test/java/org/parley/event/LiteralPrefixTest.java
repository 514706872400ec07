package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralPrefixTest {
    @Test
    void aLeadingWordIsThePrefix() {
        assertEquals("met", LiteralPrefix.of("met(?! (?:the |its )?(?:conditions|demands))"));
        assertEquals("held", LiteralPrefix.of("held talks"));
        assertEquals("visit", LiteralPrefix.of("visit(?-i:(?= [A-Z]))"));
    }

    @Test
    void aQuantifierMakesTheLastLetterOptional() {
        assertEquals("meet", LiteralPrefix.of("meets?"));
        assertEquals("phon", LiteralPrefix.of("phone*d"));
    }

    @Test
    void patternsWithoutASafeLeadingWordGetNone() {
        assertNull(LiteralPrefix.of("(?:take|took) part in"), "starts with a group");
        assertNull(LiteralPrefix.of("talks|summit"), "alternatives at the top level");
        assertNull(LiteralPrefix.of("[Mm]et"), "starts with a class");
        assertNull(LiteralPrefix.of("\\bmet"), "starts with an escape");
        assertNull(LiteralPrefix.of("on?"), "shorter than three letters");
    }

    @Test
    void everyShippedTriggerMatchesOnlyTextHoldingItsPrefix() {
        String text = "Blinken met Wang. They held talks, took part in the summit and agreed to meet again; "
                + "Lavrov PHONED Fidan, who visited Moscow and rejected the proposal, warning of sanctions.";
        String lower = text.toLowerCase(Locale.ROOT);
        int withPrefix = 0;
        for (EventPatterns.Trigger t : EventPatterns.standard().triggers) {
            String prefix = EventPatterns.prefixOf(t.pattern());
            if (prefix == null) {
                continue;
            }
            withPrefix++;
            java.util.regex.Matcher m = t.pattern().matcher(text);
            while (m.find()) {
                assertTrue(m.group().toLowerCase(Locale.ROOT).startsWith(prefix),
                        t.pattern().pattern() + " matched '" + m.group() + "' without its prefix " + prefix);
                assertTrue(lower.contains(prefix));
            }
        }
        assertTrue(withPrefix > EventPatterns.standard().triggers.size() / 2,
                "most triggers get a prefix, else the filter saves nothing: " + withPrefix);
    }

    @Test
    void aPatternCompiledWithoutTheWordBoundsGetsNoPrefix() {
        assertNull(EventPatterns.prefixOf(Pattern.compile("met")));
    }
}
