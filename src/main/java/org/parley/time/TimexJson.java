package org.parley.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.parley.model.TimeExpression;
import org.parley.model.TimeValue;

/**
 * The line forms of a time expression that {@code parley timex} prints and scorers read: JSON with
 * the field names of DESIGN.md, and tab-separated columns in the same order.
 */
public final class TimexJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The columns of both forms, in order. */
    public static final String TSV_HEADER = "start\tend\ttext\ttype\tvalue\tmod\tearliest\tlatest";

    private TimexJson() {
    }

    /** One JSON object on one line: start, end, text, type, value, mod, earliest, latest. */
    public static String toJson(TimeExpression e) {
        TimeValue v = e.value();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("text", e.text());
        o.put("type", v.type().name());
        o.put("value", v.value());
        o.put("mod", v.mod() == null ? null : v.mod().name());
        o.put("earliest", v.earliest() == null ? null : v.earliest().toString());
        o.put("latest", v.latest() == null ? null : v.latest().toString());
        return o.toString();
    }

    /** The same fields tab-separated; tabs and line breaks inside the text become spaces, absent fields empty. */
    public static String toTsv(TimeExpression e) {
        TimeValue v = e.value();
        return String.join("\t", Integer.toString(e.start()), Integer.toString(e.end()),
                e.text().replaceAll("[\\t\\r\\n]", " "), v.type().name(), v.value(),
                v.mod() == null ? "" : v.mod().name().toUpperCase(Locale.ROOT),
                v.earliest() == null ? "" : v.earliest().toString(), v.latest() == null ? "" : v.latest().toString());
    }
}
