package org.parley.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DataFile;

/**
 * The little language the event rules write their words in, compiled to the regular expression that finds them.
 *
 * <p>Why a language of its own: the rules used to be regular expressions, whose exclusions were copied lookaheads
 * and whose slips (a lookahead that never fails) no reader saw. Here a rule lists its word forms and what may stand
 * between them, and only this class writes expressions. The language, also told in {@code data/events/en/README.md}:
 * <ul>
 *   <li>{@code met; held talks}: forms, separated by {@code ;}; a form is words separated by single spaces;</li>
 *   <li>{@code take/took/taking part}: one of the words at that place; a word is matched in any case,
 *       {@code =May} only in that case, {@code deal*} also with letters after it ("deals", "dealt"), {@code *n't} also with letters before it ("didn't");</li>
 *   <li>{@code [the/any] talks}: words that may be left out;</li>
 *   <li>{@code @unmet-objects}: one of the forms of a macro of {@code macros.psv};</li>
 *   <li>{@code <Cap>} a capitalised word, {@code <Name>} one or two capitalised words, {@code <word>} any word,
 *       {@code <Num>} a figure written in digits ("12.5", "1,200", "$40": "declined to 12.5 pct" is a figure, not a refusal),
 *       {@code <words:0-3>} up to three words, {@code <tokens:0-8>} up to eight words or signs, {@code <text:40>}
 *       up to forty characters within the clause (no {@code , . ;}), {@code $} the end (of the words before a
 *       trigger, for cues).</li>
 * </ul>
 * Words of a condition (the words before or after a trigger) end where a word ends; words of a trigger are bounded
 * by {@link EventRules} as a whole.
 */
final class RulePhrase {
    private static final Pattern GAP = Pattern.compile("<(words|tokens):(\\d+)-(\\d+)>");
    private static final Pattern TEXT = Pattern.compile("<text:(\\d+)>");
    static final String WORD_END = "(?![\\p{L}\\p{N}])";
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final Map<String, String> CLASSES = Map.of(
            "<Cap>", "(?-i:[A-Z])[\\p{L}-]*",
            "<Name>", "(?-i:[A-Z])[\\p{L}-]+(?: (?-i:[A-Z])[\\p{L}-]+)?",
            "<word>", "\\w{1,20}",
            "<Num>", "[$£€¥]?\\p{N}[\\p{N},.]*");

    /** How a compiled piece joins the next one: by a space, by nothing (it holds its own), or not at all (the end). */
    private enum Join { SPACE, OWN, END }

    /**
     * A compiled element.
     *
     * @param regex    its expression
     * @param join     how it joins what follows
     * @param repeat   for an optional or gap element, the quantifier of its "(?:regex )" group; else null
     * @param literal  whether it is made of words (so that a condition ends it at a word's end)
     */
    private record Piece(String regex, Join join, String repeat, boolean literal) {
    }

    private final Map<String, String> macros;

    /** A compiler that knows the macros, each already compiled to an alternation. */
    RulePhrase(Map<String, String> macros) {
        this.macros = macros;
    }

    /** The expression of a field of forms, for a trigger or a cue (no bounds of its own). */
    String forms(String text, DataFile.Row row) {
        List<String> out = new ArrayList<>();
        for (String form : split(text, ';', row)) {
            out.add(form(form.strip(), row));
        }
        return out.size() == 1 ? out.get(0) : "(?:" + String.join("|", out) + ")";
    }

    /** The words that must follow a trigger, as a lookahead body: a space, then one of the forms. */
    String following(String text, DataFile.Row row) {
        List<String> out = new ArrayList<>();
        for (String form : split(text, ';', row)) {
            List<Piece> pieces = pieces(form.strip(), row);
            String body = join(pieces);
            out.add(" " + body + (pieces.get(pieces.size() - 1).literal() ? WORD_END : ""));
        }
        return out.size() == 1 ? out.get(0) : "(?:" + String.join("|", out) + ")";
    }

    /** The words that must precede a trigger, as a lookbehind body: one of the forms, then a space. */
    String preceding(String text, DataFile.Row row) {
        List<String> out = new ArrayList<>();
        for (String form : split(text, ';', row)) {
            List<Piece> pieces = pieces(form.strip(), row);
            out.add((pieces.get(0).literal() ? WORD_START : "") + join(pieces) + " ");
        }
        return out.size() == 1 ? out.get(0) : "(?:" + String.join("|", out) + ")";
    }

    private String form(String form, DataFile.Row row) {
        return join(pieces(form, row));
    }

    private List<Piece> pieces(String form, DataFile.Row row) {
        if (form.isEmpty()) {
            throw row.error("an empty form (two ';' in a row, or one at the end?)");
        }
        List<Piece> pieces = new ArrayList<>();
        for (String element : split(form, ' ', row)) {
            if (!element.isEmpty()) {
                pieces.add(element(element, row));
            }
        }
        if (pieces.stream().allMatch(p -> p.repeat() != null)) {
            throw row.error("'" + form + "' has nothing that must be there");
        }
        return pieces;
    }

    private Piece element(String element, DataFile.Row row) {
        if (element.startsWith("[")) {
            if (!element.endsWith("]")) {
                throw row.error("'" + element + "' opens '[' without closing it");
            }
            List<Piece> inner = pieces(element.substring(1, element.length() - 1).strip(), row);
            return new Piece(join(inner), Join.OWN, "?", true);
        }
        if (element.equals("$")) {
            return new Piece("$", Join.END, null, false);
        }
        Matcher gap = GAP.matcher(element);
        if (gap.matches()) {
            String unit = gap.group(1).equals("words") ? "\\w+" : "\\S+";
            return new Piece(unit, Join.OWN, "{" + gap.group(2) + "," + gap.group(3) + "}", false);
        }
        Matcher text = TEXT.matcher(element);
        if (text.matches()) {
            return new Piece("[^,.;]{0," + text.group(1) + "}", Join.OWN, null, false);
        }
        List<String> alternatives = new ArrayList<>();
        boolean literal = true;
        for (String alt : split(element, '/', row)) {
            if (alt.isEmpty()) {
                throw row.error("'" + element + "' has an empty alternative");
            }
            if (alt.startsWith("@")) {
                String macro = macros.get(alt.substring(1));
                if (macro == null) {
                    throw row.error("unknown macro '" + alt + "' (macros are defined in macros.psv)");
                }
                alternatives.add(macro);
            } else if (alt.startsWith("<")) {
                String cls = CLASSES.get(alt);
                if (cls == null) {
                    throw row.error("unknown class '" + alt + "'; known: <Cap>, <Name>, <word>, <Num>, <words:m-n>, <tokens:m-n>, <text:n>");
                }
                alternatives.add(cls);
                literal = false;
            } else {
                boolean prefix = alt.endsWith("*") && alt.length() > 1;
                boolean suffix = alt.startsWith("*") && alt.length() > 1;
                String word = alt.substring(suffix ? 1 : 0, prefix ? alt.length() - 1 : alt.length());
                String regex = word.startsWith("=") ? "(?-i:" + quote(word.substring(1), row) + ")" : quote(word, row);
                alternatives.add((suffix ? "[\\p{L}\\p{N}]*" : "") + regex + (prefix ? "[\\p{L}\\p{N}]*" : ""));
            }
        }
        String regex = alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
        return new Piece(regex, Join.SPACE, null, literal);
    }

    /**
     * Joins pieces: words by a single space. A piece that may be left out carries its own space: the one after it
     * up to the last piece that must be there ("(?:the )?talks"), the one before it after that ("talks(?: today)?").
     */
    private static String join(List<Piece> pieces) {
        int lastNeeded = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).repeat() == null) {
                lastNeeded = i;
            }
        }
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.repeat() != null && i < lastNeeded) {
                out.append(space ? " " : "").append("(?:").append(p.regex()).append(" )").append(p.repeat());
                space = false;
            } else if (p.repeat() != null) {
                out.append("(?: ").append(p.regex()).append(')').append(p.repeat());
                space = false;
            } else if (p.join() == Join.END) {
                out.append(p.regex());
                space = false;
            } else {
                out.append(space ? " " : "").append(p.regex());
                space = p.join() == Join.SPACE;
            }
        }
        return out.toString();
    }

    /** A word for an expression: letters and digits as they are, every other character escaped. */
    private static String quote(String word, DataFile.Row row) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (c == '<' || c == '>' || c == '[' || c == ']' || c == '@' || c == '=') {
                throw row.error("'" + word + "': '" + c + "' cannot stand inside a word");
            } else {
                out.append('\\').append(c);
            }
        }
        return out.toString();
    }

    /** Splits at a separator outside brackets. */
    private static List<String> split(String text, char separator, DataFile.Row row) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int angle = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '<') {
                angle++;
            } else if (c == '>') {
                angle--;
            }
            if (depth < 0 || angle < 0) {
                throw row.error("'" + text + "' closes a bracket it did not open");
            }
            if (c == separator && depth == 0 && angle == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (depth != 0 || angle != 0) {
            throw row.error("'" + text + "' leaves a bracket open");
        }
        out.add(cur.toString());
        return out;
    }
}
