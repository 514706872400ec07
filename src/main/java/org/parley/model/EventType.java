package org.parley.model;

/**
 * Parley's event types, each with the CAMEO code it is reported under and its PLOVER category.
 *
 * <p>This enum is the one place the mapping lives. It follows the CAMEO 1.1b3 codebook
 * (Schrodt, "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook", 2012) and
 * PLOVER 2021 ("Political Language Ontology for Verifiable Event Records"). The code given is the one
 * Parley reports by default; {@link #cameoCodes()} lists every CAMEO code the type covers.
 */
public enum EventType {
    MEET("044", "CONSULT", "040", "042", "043", "044"),
    CALL("041", "CONSULT", "041"),
    NEGOTIATE("046", "CONSULT", "046"),
    MEDIATE("045", "CONSULT", "045"),
    PROPOSE("036", "AGREE", "030", "031", "032", "033", "034", "035", "036", "037", "038", "039"),
    AGREE("057", "AGREE", "050", "051", "052", "053", "054", "056", "057"),
    REJECT("125", "REJECT", "120", "121", "122", "123", "124", "125", "126", "127", "128", "129"),
    DEMAND("100", "REQUEST", "100", "101", "102", "103", "104", "105", "106", "107", "108"),
    APPEAL("020", "REQUEST", "020", "021", "022", "023", "024", "025", "026", "027", "028"),
    STATEMENT("010", "STATEMENT", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019"),
    APOLOGIZE("055", "SUPPORT", "055"),
    THREATEN("130", "THREATEN", "130", "131", "132", "133", "134", "135", "136", "137", "138", "139"),
    SANCTION("163", "SANCTION", "160", "161", "162", "163", "164", "165", "166"),
    REDUCE_RELATIONS("161", "SANCTION", "161", "164"),
    AID("070", "AID", "070", "071", "072", "073", "074", "075"),
    ANNEX("1711", "COERCE", "171", "1711", "1712"),
    FIGHT("190", "ASSAULT", "180", "181", "182", "183", "190", "191", "192", "193", "194", "195");

    private final String cameo;
    private final String plover;
    private final java.util.List<String> cameoCodes;

    EventType(String cameo, String plover, String... cameoCodes) {
        this.cameo = cameo;
        this.plover = plover;
        this.cameoCodes = java.util.List.of(cameoCodes);
    }

    /** The CAMEO code Parley reports for this type. */
    public String cameo() {
        return cameo;
    }

    /** The PLOVER category; {@code STATEMENT} has none in PLOVER and reports its own name. */
    public String plover() {
        return plover;
    }

    /** Every CAMEO code this type stands for. */
    public java.util.List<String> cameoCodes() {
        return cameoCodes;
    }

    /** The type of a name in any case ("call", "CALL"), with a message listing the known ones when there is none. */
    public static EventType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type '" + name + "'; known types: "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
