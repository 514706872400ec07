package org.parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.model.DataFile;

/** Loads ingest's patterns and word lists from the data files packaged under /parley/data/ingest/. */
final class IngestData {
    private IngestData() {
    }

    /** The non-blank lines of a data file, stripped, without comment lines (starting with "#"). */
    static List<String> lines(String name) {
        return DataFile.resource("data/ingest/" + name).words();
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
