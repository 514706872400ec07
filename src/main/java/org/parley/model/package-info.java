/**
 * The values every stage of Parley passes on: articles, sentences, time expressions, actors and events.
 *
 * <p>Takes nothing and depends on nothing but the JDK. Gives immutable records, each validated in its
 * constructor with a message that quotes the bad value, so that a value that exists is a value that is
 * right. Character offsets are always Java {@code String} indices into the text they came from, end
 * exclusive; days are {@link java.time.LocalDate}s in no zone; intervals are inclusive on both ends.
 * {@link org.parley.model.DateText} writes a date in words, the one way every later stage shows it.
 */
package org.parley.model;
