package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordScannerTest {
    /** The pattern the scanner replaces: what it must find. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*(?:['’]\\p{L}{2,})?");

    private static List<String> scanned(String text) {
        List<String> out = new ArrayList<>();
        for (int[] w : WordScanner.spans(text)) {
            out.add(text.substring(w[0], w[1]));
        }
        return out;
    }

    private static List<String> matched(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void abbreviationsHyphensAndCliticsStayInTheirWord() {
        assertEquals(List.of("The", "U.S", "and", "al-Assad", "met", "in", "Jakarta-Bandung"),
                scanned("The U.S. and al-Assad met in Jakarta-Bandung."));
        // a clitic of one letter is a word of its own: the possessive "s" of "Xi's"
        assertEquals(List.of("O'Brien", "Xi", "s", "aide", "don", "t", "Erdoğan", "s", "visit"),
                scanned("O'Brien, Xi's aide (don't) Erdoğan’s visit"));
        assertEquals(List.of("3.5", "pct", "on", "Feb", "24"), scanned("3.5 pct on Feb. 24-"));
    }

    @Test
    void theScannerFindsWhatThePatternFinds() {
        String alphabet = "aZé1 .-'’\u00a0,\u2163\u00bd\n\uD835\uDC00";
        Random random = new Random(13);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                int at = random.nextInt(alphabet.length() - 1);
                sb.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                        : Character.isLowSurrogate(alphabet.charAt(at)) ? "x" : alphabet.substring(at, at + 1));
            }
            String text = sb.toString();
            assertEquals(matched(text), scanned(text), text);
        }
    }
}
