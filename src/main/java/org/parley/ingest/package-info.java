/**
 * Ingest: reads articles from files into clean {@link org.parley.model.Article}s.
 *
 * <p>Takes a folder (plain text with the date and title on the first two lines, HTML, JSON Lines, and
 * Reuters-21578 SGML). Gives articles whose bodies hold only the article's own text: page furniture
 * ("Leave a Reply"), paragraphs repeated with other quote marks, and comment counters glued to titles
 * are gone. Promises stable ids (a hash of the source), and that a file it cannot read is reported as a
 * {@link org.parley.model.Problem} naming the file and the reason while the rest is read.
 */
package org.parley.ingest;
