package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameFoldingTest {
    @Test
    void aKeyFoldsAccentsAndCaseAndCollapsesWhitespace() {
        assertEquals("recep tayyip erdogan", NameFolding.key("  Recep\tTayyip   Erdoğan \n"));
        assertEquals("turkiye", NameFolding.key("Türkiye"));
        assertEquals("", NameFolding.key("   "));
    }

    @Test
    void aKeyKeepsTheWordsItFolds() {
        assertEquals("mr. sullivan", NameFolding.key("Mr.  Sullivan"));
    }

    @Test
    void aKeyExtendedByTheNextWordIsTheKeyOfBothWords() {
        String text = "Recep  Tayyip\u00a0Erdoğan, Türkiye";
        StringBuilder run = new StringBuilder(NameFolding.key("Recep"));
        assertEquals(NameFolding.key("Recep  Tayyip"), NameFolding.appendKey(run, text, 5, 13).toString());
        assertEquals(NameFolding.key("Recep  Tayyip\u00a0Erdoğan"), NameFolding.appendKey(run, text, 13, 21).toString());
        assertEquals(NameFolding.key(text), NameFolding.appendKey(run, text, 21, text.length()).toString());
    }

    @Test
    void aKeyIsItsOwnKey() {
        for (String name : new String[] {"Recep Tayyip Erdoğan", "  the\tKremlin ", "u.s.", "a  b", "x\u00a0y", "\u0001a", "é"}) {
            String key = NameFolding.key(name);
            assertEquals(key, NameFolding.key(key), name);
        }
        String folded = "recep tayyip erdogan";
        org.junit.jupiter.api.Assertions.assertSame(folded, NameFolding.key(folded), "a key is returned as it is");
        assertEquals("a b", NameFolding.key("a  b"));
        assertEquals("x y", NameFolding.key("x\u00a0y"));
    }

    @Test
    void aSlugJoinsLettersAndDigitsWithHyphens() {
        assertEquals("recep-tayyip-erdogan", NameFolding.slug("Recep Tayyip Erdoğan"));
    }
}
