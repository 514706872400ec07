package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodDigitsTest {
    @Test
    void digitsWriteWhatTheFormatterWrites() {
        for (int width = 1; width <= 4; width++) {
            for (int value : new int[] {0, 5, 12, 199, 1987, 12345, -5, -1987}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", value), Period.digits(value, width),
                        value + " in " + width);
            }
        }
    }
}
