/**
 * Text: splits an article body into sentences and tokens, with parts of speech.
 *
 * <p>Takes a string. Gives an {@link org.parley.model.AnalyzedText} whose offsets are Java {@code String}
 * indices into that string. Uses OpenNLP's English models from Maven Central, loaded once per process.
 */
package org.parley.text;
