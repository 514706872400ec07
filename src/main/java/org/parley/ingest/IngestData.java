package org.parley.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Loads ingest's patterns and word lists from the data files packaged under /parley/data/ingest/. */
final class IngestData {
    private IngestData() {
    }

    /** The non-blank lines of a data file, without comment lines (starting with "#"). */
    static List<String> lines(String name) {
        String resource = "/parley/data/ingest/" + name;
        try (InputStream in = IngestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource + " (is data/ on the classpath?)");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** The lines of a data file as one case-insensitive pattern matching any of them as a whole. */
    static Pattern anyOf(String name) {
        StringBuilder regex = new StringBuilder();
        for (String line : lines(name)) {
            regex.append(regex.length() == 0 ? "" : "|").append("(?:").append(line).append(')');
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The lines of a data file of globs as one case-insensitive pattern matching a file name. */
    static Pattern anyGlob(String name) {
        StringBuilder regex = new StringBuilder();
        for (String glob : lines(name)) {
            regex.append(regex.length() == 0 ? "" : "|");
            for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
                regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
