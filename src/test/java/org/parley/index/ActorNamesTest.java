package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/** The keys search matches actors on: the same for a name however a user or an outlet writes it. */
class ActorNamesTest {
    @Test
    void caseAccentsAndTitlesDoNotMatter() {
        assertEquals("sullivan", ActorNames.key("Mr. Sullivan"));
        assertEquals("recep tayyip erdogan", ActorNames.key("Recep Tayyip Erdoğan"));
        assertEquals(ActorNames.key("Jake Sullivan"), ActorNames.key("JAKE  SULLIVAN"));
    }

    @Test
    void dottedAndDotlessIFoldAsTheActorStageFoldsThem() {
        assertEquals(ActorNames.key("Kilicdaroglu"), ActorNames.key("Kılıçdaroğlu"));
        assertEquals(ActorNames.key("Istanbul"), ActorNames.key("İstanbul"));
    }

    @Test
    void typographicQuotesAndDashesAreTheTypedOnes() {
        assertEquals(ActorNames.key("Wang O'Brien"), ActorNames.key("Wang O\u2019Brien"));
        assertEquals(ActorNames.key("Abdul-Aziz"), ActorNames.key("Abdul\u2013Aziz"));
    }

    @Test
    void onlyTitlesLeftKeepsTheWords() {
        assertEquals("president", ActorNames.key("President"));
    }

    @Test
    void aPersonIsFoundByIdNameAliasesAndSurname() {
        Actor a = new Actor("kemal-kilicdaroglu", "Kemal Kılıçdaroğlu", ActorKind.PERSON, "TUR", List.of("K. Kilicdaroglu"), List.of());
        var keys = ActorNames.keys(a);
        assertTrue(keys.contains("kemal-kilicdaroglu"), keys.toString());
        assertTrue(keys.contains("kemal kilicdaroglu"), keys.toString());
        assertTrue(keys.contains("kilicdaroglu"), keys.toString());
    }
}
