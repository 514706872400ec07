package org.parley.index;

/**
 * One value of a facet with how many of the found events have it ("Yury Ushakov", 12).
 *
 * @param label the value
 * @param count the number of events
 */
public record FacetCount(String label, long count) {
}
