package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;

/** The examples of src/test/resources/render/headlines.tsv: each event's headline, made from its record. */
class HeadlinesTest {
    @ParameterizedTest(name = "{4}")
    @CsvFileSource(resources = "/render/headlines.tsv", delimiter = '\t', numLinesToSkip = 1)
    void eachEventGetsTheHeadlineItsRecordCallsFor(String type, String mode, String parties, String place, String expected) {
        List<Participant> actors = new ArrayList<>();
        for (String p : parties == null ? new String[0] : parties.split(";")) {
            String[] np = p.split(":");
            // "Name:PART" is a state with no country; "Name:PART:PERSON:RUS" says kind and country
            ActorKind kind = np.length > 2 ? ActorKind.valueOf(np[2]) : ActorKind.STATE;
            actors.add(new Participant(new Actor(np[0].toLowerCase(Locale.ROOT).replace(' ', '-'), np[0], kind,
                    np.length > 3 ? np[3] : null, List.of(), List.of()), null, ParticipantRole.valueOf(np[1])));
        }
        Event e = new Event("e1", EventType.valueOf(type), EventMode.valueOf(mode), EventDate.none(), actors, place,
                "The extractor's summary, not the headline.", null, List.of(new org.parley.model.Mention("a1", null, "A title", null, "They met.", 0, 9, "met")));
        assertEquals(expected, Headlines.standard().of(e));
    }
}
