package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of 16 MB of text (under the 20 MB file limit) read by a Java with a heap too small for it: the run ends
 * with a line that names the heap and the ways out, never a stack trace. With a file limit that suits the heap the
 * same folder builds: the big page is named and skipped, the others are indexed. Each run is a child JVM, since an
 * {@link OutOfMemoryError} would leave the test JVM's own heap in doubt.
 */
class SmallHeapEndToEndTest {
    @TempDir
    static Path work;

    private static Path folder() throws IOException {
        Path articles = work.resolve("articles");
        if (Files.isDirectory(articles)) {
            return articles;
        }
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("good.txt"), "12 March 2024\nBlinken meets Wang\n\n"
                + "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n");
        StringBuilder big = new StringBuilder("2024-03-05\nA page of paragraphs\n\n");
        for (int i = 0; big.length() < 16_000_000; i++) {
            big.append("Paragraph ").append(i).append(" of a page that a scraper took whole, line after line of it, ")
                    .append("with nothing that tells an event.\n\n");
        }
        Files.writeString(articles.resolve("big.txt"), big);
        return articles;
    }

    private record Result(int exit, String output) {
    }

    private static Result build(String heap, String... options) throws Exception {
        Path articles = folder();
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx" + heap,
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Parley.class.getName(), "build",
                "--articles", articles.toString(), "--index", work.resolve("index-" + heap).toString(),
                "--out", work.resolve("site-" + heap).toString(), "--quiet"));
        command.addAll(List.of(options));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child run did not end");
        return new Result(child.exitValue(), output);
    }

    @Test
    void aHeapTooSmallForAPageEndsWithALineNotAStackTrace() throws Exception {
        Result run = build("48m");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("parley: out of memory (the Java heap allows"), run.output());
        assertTrue(run.output().contains("--max-file-size"), run.output());
        assertFalse(run.output().contains("\tat "), run.output());
    }

    @Test
    void aFileLimitThatSuitsTheHeapSkipsThePageAndIndexesTheRest() throws Exception {
        Result run = build("48m", "--max-file-size", "2");
        assertTrue(run.output().contains("big.txt"), run.output());
        assertTrue(run.output().contains("1 added"), run.output());
        assertFalse(run.output().contains("out of memory"), run.output());
    }
}
