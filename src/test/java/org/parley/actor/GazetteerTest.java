package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class GazetteerTest {
    @TempDir
    Path dir;

    @Test
    void aUserFileAddsPersonsWithTheirOffices() throws IOException {
        Path file = dir.resolve("my-persons.psv");
        Files.writeString(file, "# mine\nmusaed-al-aiban|Musaed al-Aiban|Musaed Al-Aiban|SAU|National Security Adviser|2019-01-01|\n",
                StandardCharsets.UTF_8);
        Gazetteer g = Gazetteer.standard().withUserFile(file);
        assertEquals("National Security Adviser", g.actor("musaed-al-aiban").orElseThrow()
                .roleOn(LocalDate.of(2025, 2, 18)).orElseThrow().title());
        assertTrue(Gazetteer.standard().actor("musaed-al-aiban").isEmpty(), "the shipped gazetteer is unchanged");
        assertEquals("vladimir-putin", g.lookup(NameFolding.key("Vladimir Putin")).get(0).actor().id());
    }

    @Test
    void aBadLineNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("persons.psv");
        Files.writeString(file, "x|X||RUS|President|yesterday|\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.standard().withUserFile(file));
        assertTrue(e.getMessage().contains("persons.psv line 1"), e.getMessage());
    }

    @Test
    void oldAndNewNamesOfAStateMeet() {
        Gazetteer g = Gazetteer.standard();
        for (String name : new String[] {"Türkiye", "Turkey", "Turkiye"}) {
            assertEquals("turkey", g.lookup(NameFolding.key(name)).get(0).actor().id(), name);
        }
        assertEquals(ActorKind.STATE, g.lookup(NameFolding.key("Kremlin")).get(0).actor().kind());
        assertEquals(Gazetteer.NameKind.GOVERNMENT, g.lookup(NameFolding.key("Kyiv")).get(0).kind());
        assertEquals(Gazetteer.NameKind.GOVERNMENT, g.lookup(NameFolding.key("Kiev")).get(0).kind());
    }

    @Test
    void everyStateAndTerritoryOfIsoHasALine() {
        Gazetteer g = Gazetteer.standard();
        List<String> missing = new ArrayList<>();
        for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            String alpha3 = new Locale("", alpha2).getISO3Country();
            if (g.state(alpha3).isEmpty()) {
                missing.add(alpha2 + "/" + alpha3 + " " + new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH));
            }
        }
        assertEquals(List.of(), missing, "ISO 3166 codes without a line in states.psv");
    }

    @Test
    void everyStateIsFoundByItsOwnNameWhileItExisted() {
        Gazetteer g = Gazetteer.standard();
        List<String> shadowed = new ArrayList<>();
        for (Actor a : g.actors()) {
            if (a.kind() != ActorKind.STATE) {
                continue;
            }
            LocalDate day = LocalDate.of(2024, 6, 1);
            while (!g.existedOn(a, day)) {
                day = day.minusYears(1);
            }
            List<Gazetteer.NameEntry> hits = g.lookup(NameFolding.key(a.name()), day);
            if (hits.isEmpty() || !hits.get(0).actor().equals(a)) {
                shadowed.add(a.name() + " on " + day + " -> " + hits.stream().map(e -> e.actor().id()).toList());
            }
        }
        assertEquals(List.of(), shadowed);
    }

    @Test
    void aNameSharedAcrossTimeIsTheStateOfTheDay() {
        Gazetteer g = Gazetteer.standard();
        LocalDate y1987 = LocalDate.of(1987, 3, 2);
        LocalDate y1995 = LocalDate.of(1995, 6, 1);
        LocalDate y2024 = LocalDate.of(2024, 6, 1);
        assertEquals("soviet-union", g.lookup("moscow", y1987).get(0).actor().id());
        assertEquals("russia", g.lookup("moscow", y2024).get(0).actor().id());
        assertEquals("west-germany", g.lookup("germany", y1987).get(0).actor().id());
        assertEquals("germany", g.lookup("germany", y2024).get(0).actor().id());
        assertEquals("serbia-and-montenegro", g.lookup("belgrade", y1995).get(0).actor().id());
        assertEquals("serbia", g.lookup("belgrade", y2024).get(0).actor().id());
        assertEquals("zaire", g.lookup("kinshasa", y1987).get(0).actor().id());
        assertTrue(g.lookup("georgia", y1987).isEmpty(), "Georgia was no state in 1987");
        assertEquals("soviet-union", g.demonym("Russian", y1987).orElseThrow().id());
        assertEquals("russia", g.demonym("Russian", y2024).orElseThrow().id());
        assertEquals("west-germany", g.state("DEU", y1987).orElseThrow().id());
        assertEquals("germany", g.state("DEU").orElseThrow().id());
        assertEquals("czechoslovakia", g.demonym("Czech", y1987).orElseThrow().id());
    }

    @Test
    void aStateThatEndsBeforeItBeginsNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("states-mine.psv");
        Files.writeString(file, "atlantis|Atlantis|ATL||||King|1990-01-01|1980-01-01\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.standard().withUserFile(file));
        assertTrue(e.getMessage().contains("states-mine.psv line 1"), e.getMessage());
    }
}
