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
    void aSlugJoinsLettersAndDigitsWithHyphens() {
        assertEquals("recep-tayyip-erdogan", NameFolding.slug("Recep Tayyip Erdoğan"));
    }
}
