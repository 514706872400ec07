/**
 * Text: splits an article body into sentences and tokens, with parts of speech.
 *
 * <p>Takes a string. Gives an {@link org.parley.model.AnalyzedText} whose offsets are Java {@code String}
 * indices into that string. Uses OpenNLP's English models from Maven Central, loaded once per process.
 * Also gives the later stages {@link org.parley.text.RequiredLiterals}, a cheap test of whether a text may hold a
 * match of a regular expression at all.
 */
package org.parley.text;
