package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;

/** The table of {@code time/cases.tsv}: each phrase against two document dates. */
class TimeCasesTest {
    private static final LocalDate[] DATES = {LocalDate.of(2013, 3, 22), LocalDate.of(2024, 6, 12)};
    private static final ParleyTemporalTagger TAGGER = new ParleyTemporalTagger();

    private static List<String[]> rows() throws IOException {
        try (InputStream in = TimeCasesTest.class.getResourceAsStream("/time/cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }

    @Test
    void tableHoldsAtLeastOneHundredFiftyPhrases() throws IOException {
        assertTrue(rows().size() >= 150, "cases.tsv has " + rows().size() + " phrases");
    }

    @TestFactory
    Stream<DynamicTest> everyPhraseAgainstBothDocumentDates() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : rows()) {
            for (int d = 0; d < DATES.length; d++) {
                LocalDate dct = DATES[d];
                int col = 2 + 5 * d;
                tests.add(DynamicTest.dynamicTest(row[1] + " @" + dct + " in: " + row[0], () -> check(row, dct, col)));
            }
        }
        return tests.stream();
    }

    private static void check(String[] row, LocalDate dct, int col) {
        List<TimeExpression> found = TAGGER.tag(row[0], dct);
        if (row[1].startsWith("!")) {
            String words = row[1].substring(1);
            int at = row[0].indexOf(words);
            assertTrue(at >= 0, "sentence holds '" + words + "'");
            for (TimeExpression e : found) {
                assertTrue(e.end() <= at || e.start() >= at + words.length(), "'" + words + "' is no time expression: " + e);
            }
            return;
        }
        TimeExpression e = found.stream().filter(x -> x.text().equals(row[1])).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + row[1] + "' in " + found));
        TimeValue v = e.value();
        assertEquals(row[col], v.type().name(), "type");
        assertEquals(row[col + 1], v.value(), "value");
        assertEquals(row[col + 2], v.mod() == null ? "-" : v.mod().name(), "mod");
        assertEquals(row[col + 3], v.earliest() == null ? "-" : v.earliest().toString(), "earliest");
        assertEquals(row[col + 4], v.latest() == null ? "-" : v.latest().toString(), "latest");
    }
}
