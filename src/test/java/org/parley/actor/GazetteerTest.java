package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
