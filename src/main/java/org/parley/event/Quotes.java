package org.parley.event;

/**
 * Which characters of an article body stand inside quotation marks.
 *
 * <p>Why: what a speaker says in quotes is theirs ("'We will never negotiate,' Putin said"): a trigger outside the
 * quote does not take the quote's actors or dates, and one inside it only those of the quote. A quote never runs
 * past its paragraph, so a lost closing mark costs one paragraph at most. Immutable.
 */
final class Quotes {
    private final boolean[] quoted;

    private Quotes(boolean[] quoted) {
        this.quoted = quoted;
    }

    /** The quotes of a body: straight, curly and backtick double quotes, and single curly quotes around words. */
    static Quotes of(String b) {
        boolean[] q = new boolean[b.length() + 1];
        int open = -1;
        char opener = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\n') {
                open = -1;
                continue;
            }
            boolean isOpen = c == '“' || c == '`' && open < 0 || c == '"' && open < 0
                    || c == '‘' && open < 0 && (i == 0 || !Character.isLetter(b.charAt(i - 1)));
            boolean isClose = open >= 0 && (c == '”' && opener == '“' || c == '`' && opener == '`'
                    || c == '"' && opener == '"' || c == '’' && opener == '‘'
                    && (i + 1 >= b.length() || !Character.isLetter(b.charAt(i + 1))));
            if (isClose) {
                for (int k = open; k <= i; k++) {
                    q[k] = true;
                }
                open = -1;
            } else if (isOpen && open < 0) {
                open = i;
                opener = c;
            }
        }
        return new Quotes(q);
    }

    /** Whether the character at an offset (or the body's end) is inside a quote. */
    boolean at(int offset) {
        return quoted[offset];
    }
}
