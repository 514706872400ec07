package org.parley.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way Parley reads its word lists, rules and tables, shipped in the jar or given by a user: UTF-8, one
 * row a line, blank lines and lines starting with {@code #} skipped, fields split by the file's kind ({@code .psv}
 * by {@code |}, {@code .tsv} by a tab, anything else one field a line) and stripped of surrounding spaces.
 *
 * <p>Why one reader: ten loaders each had their own habits (some stripped lines, some did not; some named the file
 * of an error, none its line). Every row keeps its file and line, so that a rule that cannot be read is reported
 * as {@code data/events/en/triggers.psv:12: unknown type 'MEETS'}, a message a user can act on.
 *
 * @param name the file as named in messages ({@code data/time/months.tsv}, or a user's path)
 * @param rows its rows in file order
 */
public record DataFile(String name, List<DataFile.Row> rows) {
    private static final Pattern PIPE = Pattern.compile("\\|");
    private static final Pattern TAB = Pattern.compile("\t");

    public DataFile {
        Checks.text(name, "data file name");
        rows = Checks.list(rows, "rows");
    }

    /**
     * One row of a data file.
     *
     * @param file   the file as named in messages
     * @param line   its line number, from 1
     * @param fields its fields, stripped; never empty
     */
    public record Row(String file, int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** The field at an index, or the empty string when the row is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        /** How many fields the row has. */
        public int size() {
            return fields.size();
        }

        /** Where the row stands: {@code file:line}. */
        public String where() {
            return file + ":" + line;
        }

        /** An error about this row, its message starting with where the row stands. */
        public DataFileException error(String message) {
            return new DataFileException(where() + ": " + message);
        }

        /** The row's fields, after checking that it has at least {@code count}. */
        public Row expect(int count, String layout) {
            if (fields.size() < count) {
                throw error("expected " + layout + ", found " + fields.size() + " field" + (fields.size() == 1 ? "" : "s"));
            }
            return this;
        }
    }

    /** Something wrong in a data file, with a message naming the file and line. */
    public static final class DataFileException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public DataFileException(String message) {
            super(message);
        }
    }

    /**
     * A data file shipped in the jar, by its path under the project ({@code data/time/months.tsv}); the jar holds it
     * under {@code /parley/}.
     *
     * @throws IllegalStateException when the jar lacks it: a build fault, not a user's
     */
    public static DataFile resource(String path) {
        try (InputStream in = DataFile.class.getResourceAsStream("/parley/" + path)) {
            if (in == null) {
                throw new IllegalStateException("data file " + path + " is missing from the class path (is data/ packaged?)");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }

    /** Whether the jar holds a data file. */
    public static boolean hasResource(String path) {
        return DataFile.class.getResource("/parley/" + path) != null;
    }

    /**
     * A user's data file.
     *
     * @throws DataFileException naming the file when it cannot be read
     */
    public static DataFile file(Path path) {
        try {
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(path + ": cannot read: " + e.getMessage());
        }
    }

    /** The rows of a text, split as the file name's kind says. */
    public static DataFile parse(String name, String text) {
        Pattern separator = name.endsWith(".psv") ? PIPE : name.endsWith(".tsv") ? TAB : null;
        List<Row> rows = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (separator == null) {
                fields.add(stripped);
            } else {
                for (String f : separator.split(line, -1)) {
                    fields.add(f.strip());
                }
            }
            rows.add(new Row(name, i + 1, fields));
        }
        return new DataFile(name, rows);
    }

    /** The first field of every row: a word list. */
    public List<String> words() {
        return rows.stream().map(r -> r.field(0)).toList();
    }
}
