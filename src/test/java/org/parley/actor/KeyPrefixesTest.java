package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPrefixesTest {
    private final KeyPrefixes prefixes = KeyPrefixes.of(List.of("the kremlin", "u.s."));

    @Test
    void everyBeginningOfAKeyThatEndsAWordAndTheKeyItselfBeginAKey() {
        assertTrue(prefixes.begins("the"));
        assertTrue(prefixes.begins("the kremlin"));
        assertTrue(prefixes.begins("u"));
        assertTrue(prefixes.begins("u.s"));
        assertTrue(prefixes.begins("u.s."));
    }

    @Test
    void aRunThatNoKeyBeginsWithIsRefused() {
        assertFalse(prefixes.begins("said"));
        assertFalse(prefixes.begins("the kremlin said"));
        assertFalse(prefixes.begins("kremlin"));
        assertFalse(prefixes.begins(""));
    }

    @Test
    void aBeginningThatCutsAWordIsNoBeginning() {
        // a run of the text's words never ends inside a word, so "th" or "the k" can only be asked in vain
        assertFalse(prefixes.begins("t"));
        assertFalse(prefixes.begins("th"));
        assertFalse(prefixes.begins("the k"));
        assertFalse(KeyPrefixes.of(List.of("india")).begins("in"));
    }

    @Test
    void theShippedGazetteerKnowsWhereItsNamesBegin() {
        Gazetteer g = Gazetteer.standard();
        assertTrue(g.namePrefixes().begins("vladimir"));
        assertTrue(g.namePrefixes().begins("vladimir putin"));
        assertFalse(g.namePrefixes().begins("vladimir putin said"));
    }
}
