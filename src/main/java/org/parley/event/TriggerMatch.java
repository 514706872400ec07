package org.parley.event;

/**
 * Where a trigger rule matched a sentence.
 *
 * @param start offset of the trigger's first character in the body
 * @param end   offset after its last character
 * @param rule  the rule that matched
 */
record TriggerMatch(int start, int end, EventRules.Trigger rule) {
    /** Whether another match lies wholly inside this one. */
    boolean holds(TriggerMatch o) {
        return o.start >= start && o.end <= end;
    }
}
