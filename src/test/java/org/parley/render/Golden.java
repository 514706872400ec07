package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a text with its golden file under {@code src/test/resources/render/golden/}. Run with
 * {@code -Dparley.golden.update=true} to rewrite the golden files after a deliberate change, then read the diff.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "render", "golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("parley.golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "(no golden file " + file + ": run with -Dparley.golden.update=true)";
        assertEquals(expected, actual, "differs from " + file);
    }
}
