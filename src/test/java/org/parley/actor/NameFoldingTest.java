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
    void aSlugJoinsLettersAndDigitsWithHyphens() {
        assertEquals("recep-tayyip-erdogan", NameFolding.slug("Recep Tayyip Erdoğan"));
    }
}
