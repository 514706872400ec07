package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.model.TimeExpression;
import org.parley.model.TimexType;
import org.parley.time.ParleyTemporalTagger;
import org.parley.time.TimexJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Print the time expressions of a text, one a line, so that a user or a scorer can check them. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {"Print the time expressions of a text, one a line.",
                "Offsets are Java String indices into the text as given. Without --dct, the first line "
                        + "of the text is taken as its date when it is one (Parley's plain-text article "
                        + "format), else today's date is used and said on standard error."})
public final class TimexCommand implements Callable<Integer> {
    /** The output forms. */
    enum Format { jsonl, tsv }

    @Spec
    CommandSpec spec;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD", description = "The document's creation date: the anchor of 'yesterday'.")
    String dct;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The text; '-' or nothing for standard input.")
    String file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate given = dct == null ? null : parseDct(dct);
        String text = read(file);
        LocalDate date = given != null ? given : documentDate(text, err);
        if (given != null) {
            err.println("parley timex: relative expressions count from " + date + " (--dct)");
        }
        List<TimeExpression> found = new ParleyTemporalTagger().tag(text, date);
        if (format == Format.tsv) {
            out.println(TimexJson.TSV_HEADER);
        }
        for (TimeExpression e : found) {
            out.println(format == Format.tsv ? TimexJson.toTsv(e) : TimexJson.toJson(e));
        }
        out.flush();
        return Parley.OK;
    }

    private LocalDate documentDate(String text, PrintWriter err) {
        LocalDate first = firstLineDate(text);
        if (first != null) {
            err.println("parley timex: relative expressions count from " + first + " (the date on the text's first line)");
            return first;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        err.println("parley timex: relative expressions count from " + today + " (today: no --dct and no date on the first line)");
        return today;
    }

    static LocalDate parseDct(String dct) {
        return parseDay("--dct", dct);
    }

    /** A day given as an option's value, or a usage error naming the option. */
    static LocalDate parseDay(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a date written YYYY-MM-DD, was '" + value + "'");
        }
    }

    /** The date the first line holds when that line is nothing but a full date (Parley's plain-text format). */
    static LocalDate firstLineDate(String text) {
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (line.isEmpty() || line.length() > 40) {
            return null;
        }
        List<TimeExpression> found = new ParleyTemporalTagger().tag(line, LocalDate.of(2000, 1, 1));
        if (found.size() == 1 && found.get(0).text().length() == line.length()
                && found.get(0).value().type() == TimexType.DATE && found.get(0).value().widthInDays() == 1
                && found.get(0).text().matches("(?s).*\\d{4}.*")) {
            return found.get(0).value().earliest();
        }
        return null;
    }

    private static String read(String file) {
        try {
            if (file == null || file.equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UsageException("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
