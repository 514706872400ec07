package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void latinAccentsAreDroppedAndOtherScriptsKept() {
        assertEquals("erdogan", Slugs.slug("Erdoğan"));
        assertEquals("recep-tayyip-erdogan", Slugs.slug("Recep Tayyip Erdoğan"));
        assertEquals("зеленський", Slugs.slug("Зеленський"));
        assertEquals("习近平", Slugs.slug("习近平"));
        assertEquals("turkiye", Slugs.slug("Türkiye"));
    }

    @Test
    void pathTricksGiveAPlainName() {
        assertEquals("etc", Slugs.slug("../../etc"));
        assertEquals("etc-passwd", Slugs.slug("/etc/passwd"));
        assertEquals("c-windows", Slugs.slug("C:\\Windows"));
        assertEquals("script-alert-1-script", Slugs.slug("<script>alert(1)</script>"));
    }

    @Test
    void everyHostileNameStaysInsideItsFolder() {
        Slugs slugs = new Slugs();
        Path root = Path.of("/site/actors");
        for (String name : List.of("../../etc", "..", ".", "", "   ", "/", "\u0000", "CON", "index", "a/../../b",
                "\u202Eevil", "%2e%2e%2f", "x".repeat(500), "😀".repeat(300))) {
            String s = slugs.of(name);
            assertFalse(s.isEmpty(), name);
            assertFalse(s.contains("/") || s.contains("\\") || s.startsWith("."), s);
            assertTrue(root.resolve(s + ".html").normalize().startsWith(root), s);
            assertTrue(s.getBytes(StandardCharsets.UTF_8).length + 5 <= 255, "too long for a file name: " + s.length());
        }
    }

    @Test
    void namesThatShareASlugGetDistinctOnes() {
        Slugs slugs = new Slugs();
        Set<String> seen = new HashSet<>();
        for (String name : List.of("Erdoğan", "Erdogan", "ERDOGAN", "erdogan!", "", "!!!", "???", "con")) {
            assertTrue(seen.add(slugs.of(name)), "slug given twice for " + name);
        }
        assertEquals("erdogan", slugs.of("Erdoğan"), "the first name keeps the plain slug");
        assertNotEquals("erdogan", slugs.of("Erdogan"));
    }

    @Test
    void aSlugIsStableForTheSameOrderOfNames() {
        Slugs a = new Slugs();
        Slugs b = new Slugs();
        for (String name : List.of("x", "X", "Зеленський", "")) {
            assertEquals(a.of(name), b.of(name));
        }
        assertEquals(a.of("X"), a.of("X"));
    }

    @Test
    void hrefsArePercentEncoded() {
        assertEquals("%D0%B7%D0%B5", Slugs.href("зе"));
        assertEquals("jake-sullivan", Slugs.href("jake-sullivan"));
    }
}
