package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMode;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/** Each pass of the event engine alone, on one sentence. */
class PassesTest {
    private static final PlaceFinder PLACES = new PrepositionPlaceFinder(EventRules.standard());
    private static final ClauseSegmenter CLAUSES = new BoundaryClauseSegmenter(PLACES);
    private static final RoleAssigner ROLES = new SlotRoleAssigner(EventRules.standard());
    private static final ModeReader MODES = new CueModeReader(EventRules.standard());
    private static final DateFinder DATES = new ClauseDateFinder(EventRules.standard());

    private static Map<String, ParticipantRole> roles(String published, String text, String trigger) {
        SentenceView v = Views.of(published, text);
        TriggerMatch t = Views.trigger(v, trigger);
        RoleAssigner.Roles r = ROLES.assign(v, t, CLAUSES.clauseOf(v, t, false), v.parties);
        return r == null ? null : r.parties().byId().values().stream()
                .collect(Collectors.toMap(p -> p.actor().id(), Participant::part));
    }

    private static EventMode mode(String text, String trigger) {
        SentenceView v = Views.of("2024-06-12", text);
        TriggerMatch t = Views.trigger(v, trigger);
        return MODES.mode(v, t, CLAUSES.clauseOf(v, t, false)).mode();
    }

    private static String place(String text, String trigger) {
        SentenceView v = Views.of("2024-06-12", text);
        TriggerMatch t = Views.trigger(v, trigger);
        PlaceFinder.Place p = PLACES.place(v, t.end(), t.end(), CLAUSES.clauseOf(v, t, false));
        return p == null ? null : p.name();
    }

    private static String date(String published, String text, String trigger, EventMode mode) {
        SentenceView v = Views.of(published, text);
        TriggerMatch t = Views.trigger(v, trigger);
        DateFinder.Found f = DATES.date(v, new DateFinder.Question(t, t.start(), t.end(), CLAUSES.clauseOf(v, t, false),
                false, true, mode));
        return f.date().value() == null ? null : f.date().value().value();
    }

    @Nested
    class Triggers {
        @Test
        void aTriggerInsideALongerOneIsNoTriggerOfItsOwn() {
            SentenceView v = Views.of("2024-06-12", "Antony Blinken held talks with Wang Yi.\n");
            assertEquals(List.of("held talks"), v.triggers.stream().map(t -> v.text(t.start(), t.end())).toList());
        }

        @Test
        void aSentenceWithoutTheWordsOfAnyRuleHasNoTrigger() {
            assertEquals(List.of(), Views.of("2024-06-12", "The weather was fine in Ankara.\n").triggers);
        }
    }

    @Nested
    class Clauses {
        @Test
        void aClosedRelativeClauseBeforeTheTriggerIsSkipped() {
            SentenceView v = Views.of("2023-11-05", "Antony Blinken, who met Benjamin Netanyahu on Friday, is due to visit Ankara.\n");
            TriggerMatch visit = Views.trigger(v, "visit");
            Clause c = CLAUSES.clauseOf(v, visit, false);
            assertEquals(v.start(), c.left());
            assertTrue(c.skipStart() > v.start() && c.skipEnd() < visit.start(), c.toString());
        }

        @Test
        void aVerbOfSayingEndsItsClauseAtItself() {
            SentenceView v = Views.of("2024-06-12", "Dmitry Peskov said Russia would talk.\n");
            TriggerMatch said = Views.trigger(v, "said");
            assertEquals(said.end(), CLAUSES.clauseOf(v, said, true).right());
        }

        @Test
        void oneVerbWithTwoObjectsInTwoPlacesTellsTwoHappenings() {
            SentenceView v = Views.of("2023-11-05", "Antony Blinken met Benjamin Netanyahu in Tel Aviv on Friday "
                    + "and Hakan Fidan in Ankara on Saturday.\n");
            int split = CLAUSES.secondHappening(v, Views.trigger(v, "met"));
            assertEquals(v.text().indexOf("Hakan"), split - v.start());
        }

        @Test
        void noPlansToTellsNoEvent() {
            SentenceView v = Views.of("2025-02-10", "Vladimir Putin had no plans yet to meet Donald Trump.\n");
            TriggerMatch meet = Views.trigger(v, "meet");
            assertTrue(CLAUSES.tellsNone(v, meet, CLAUSES.clauseOf(v, meet, false)));
        }
    }

    @Nested
    class Roles {
        @Test
        void theAgentOfAPassiveIsTheSource() {
            assertEquals(Map.of("united-states", ParticipantRole.SOURCE, "vladimir-putin", ParticipantRole.TARGET),
                    roles("2024-06-12", "Vladimir Putin was rejected by the United States.\n", "rejected"));
        }

        @Test
        void everyPartyOfASymmetricEventIsOther() {
            assertEquals(Map.of("antony-blinken", ParticipantRole.SOURCE, "hakan-fidan", ParticipantRole.OTHER),
                    roles("2023-11-06", "Antony Blinken met Hakan Fidan in Ankara.\n", "met"));
        }

        @Test
        void thePossessorOfANamedEventIsItsSource() {
            assertEquals(ParticipantRole.SOURCE,
                    roles("2024-06-12", "Vladimir Putin's proposal was read out.\n", "proposal").get("vladimir-putin"));
        }

        @Test
        void aDefiniteNamingWithoutDateOrPartiesIsNoEventOfItsOwn() {
            assertNull(roles("2024-06-12", "During the call, they spoke of grain.\n", "call"));
        }
    }

    @Nested
    class Modes {
        @Test
        void willMakesAPlan() {
            assertEquals(EventMode.PLANNED, mode("Joe Biden will meet Recep Tayyip Erdoğan.\n", "meet"));
        }

        @Test
        void didNotMakesANegation() {
            assertEquals(EventMode.NEGATED, mode("Vladimir Putin and Volodymyr Zelensky did not meet.\n", "meet"));
        }

        @Test
        void aReportedNegationOfAHappeningIsADenial() {
            assertEquals(EventMode.DENIED, mode("Dmitry Peskov said that Vladimir Putin had not met Donald Trump.\n", "met"));
        }

        @Test
        void aWarningIsMadeNotSupposed() {
            assertEquals(EventMode.ASSERTED, mode("Vladimir Putin could have threatened Ukraine.\n", "threatened"));
        }
    }

    @Nested
    class Places {
        @Test
        void theCityOfAStateIsThePlace() {
            assertEquals("Jeddah", place("Marco Rubio met Andriy Yermak in the Saudi city of Jeddah.\n", "met"));
        }

        @Test
        void theSceneOfAWarIsNoPlaceOfTheEvent() {
            assertNull(place("Antony Blinken met Hakan Fidan about the war in Gaza.\n", "met"));
        }
    }

    @Nested
    class Dates {
        @Test
        void theDayOfAReportDoesNotDateTheEvent() {
            assertNull(date("2024-06-12", "Jake Sullivan met Yury Ushakov, a U.S. official said on Sunday.\n", "met", EventMode.ASSERTED));
        }

        @Test
        void aPastWeekdayAfterPublicationIsTheWeekBefore() {
            // published on Wednesday 12 June 2024: "on Friday" of a happening already told is 7 June
            assertEquals("2024-06-07", date("2024-06-12", "Jake Sullivan met Yury Ushakov on Friday.\n", "met", EventMode.ASSERTED));
        }

        @Test
        void aPlannedWeekdayIsTheOneToCome() {
            assertEquals("2024-06-14", date("2024-06-12", "Jake Sullivan will meet Yury Ushakov on Friday.\n", "meet", EventMode.PLANNED));
        }

        @Test
        void aWeekdayAfterAPlansWordsIsTheOneToComeWhateverTheMode() {
            // published on Thursday 18 April 2024; the mode pass took the trip as held, "will" says it is to come
            assertEquals("2024-04-19", date("2024-04-18", "Wang Yi will then chair a session of the joint dialogue on Friday "
                    + "before traveling to Phnom Penh.\n", "traveling to", EventMode.ASSERTED));
            assertEquals("2024-04-23", date("2024-04-18", "Wang Yi is due to travel to Phnom Penh on Tuesday for a meeting.\n",
                    "travel to", EventMode.ASSERTED));
            // a past form after the plan's words: the plan is another verb's, the day is past
            assertEquals("2024-04-13", date("2024-04-18", "Indonesia will receive aid from Japan under an agreement signed "
                    + "in Jakarta on Saturday.\n", "signed", EventMode.ASSERTED));
        }

        @Test
        void aStatementSignedIsDatedByItsDayNotTakenForAReport() {
            assertEquals("2024-05-16", date("2024-05-17", "Xi Jinping and Vladimir Putin signed a joint statement on Thursday.\n",
                    "signed", EventMode.ASSERTED));
            assertNull(date("2024-05-17", "Xi Jinping met Vladimir Putin, the ministry said in a statement on Thursday.\n",
                    "met", EventMode.ASSERTED));
        }
    }

    @Nested
    class Attributions {
        @Test
        void accordingToNamesTheSourceAndItsActorsAreNoParties() {
            SentenceView v = Views.of("2024-06-12", "According to Dmitry Peskov, Vladimir Putin met Donald Trump.\n");
            assertEquals("Dmitry Peskov", v.attribution.source());
            assertFalse(v.parties.stream().anyMatch(m -> m.actor().id().equals("dmitry-peskov")));
        }

        @Test
        void anActorClosingTheSentenceAfterACommaReportsIt() {
            SentenceView v = Views.of("2024-06-12", "Vladimir Putin met Donald Trump, Moscow said.\n");
            assertEquals("Moscow", v.attribution.source());
        }
    }
}
