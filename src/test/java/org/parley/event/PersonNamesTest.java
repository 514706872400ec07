package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class PersonNamesTest {
    private static Actor person(String id) {
        return new Actor(id, id, ActorKind.PERSON, null, List.of(), List.of());
    }

    @Test
    void aNameOfTwoWordsOrMoreStandingTogetherInAFullerNameIsThatName() {
        assertTrue(PersonNames.sameName(person("nguyen-phu-trong"), person("secretary-nguyen-phu-trong")));
        assertTrue(PersonNames.sameName(person("abdul-halim-mu-adzam-shah"), person("abdul-halim")));
    }

    @Test
    void oneWordOrWordsOutOfOrderOrAStateAreNotThePerson() {
        assertFalse(PersonNames.sameName(person("anwar-ibrahim"), person("sultan-ibrahim")));
        assertFalse(PersonNames.sameName(person("ibrahim-iskandar"), person("ibrahim-sultan-iskandar")));
        assertFalse(PersonNames.sameName(person("jordan"), person("michael-jordan")));
        Actor state = new Actor("georgia", "Georgia", ActorKind.STATE, "GEO", List.of(), List.of());
        assertFalse(PersonNames.sameName(state, person("georgia-meloni")));
    }

    @Test
    void theKeysOfAPersonAreThePairsOfNeighbouringWordsThatAShorterNameShares() {
        assertEquals(List.of("abdul-halim", "halim-shah"), PersonNames.pairKeys(person("abdul-halim-shah")));
        assertEquals(List.of(), PersonNames.pairKeys(person("madonna")));
        assertEquals(List.of(), PersonNames.pairKeys(new Actor("south-korea", "South Korea", ActorKind.STATE, "KOR",
                List.of(), List.of())));
    }
}
