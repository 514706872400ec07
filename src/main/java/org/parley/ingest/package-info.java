/**
 * Ingest: reads articles from files into clean {@link org.parley.model.Article}s.
 *
 * <p>Takes a folder ({@link org.parley.ingest.ArticleFolder}, walked recursively in sorted order) or one
 * file ({@link org.parley.ingest.ArticleFolder#readFile}): plain text with the publication date and the
 * title on the first two lines (.txt, or no extension), HTML (.html, .htm; jsoup), JSON Lines (.jsonl;
 * Jackson) and Reuters-21578 SGML (.sgm). Gives articles whose bodies hold only the article's own text,
 * paragraphs separated by one blank line: page furniture ("Leave a Reply"), paragraphs repeated with
 * other quote marks or dashes, a title repeated as the first paragraph and comment counters glued to
 * titles are gone ({@link org.parley.ingest.ArticleCleaner}), and the dateline that opens the story is marked on
 * the article once ({@link org.parley.model.Dateline#find}), for the later stages to read. Publication dates are read with the
 * java.time patterns of data/ingest/date-patterns.txt, strictly ({@link org.parley.ingest.PublicationDates}).
 *
 * <p>Promises: stable ids (the first 16 hex digits of the SHA-256 of the path relative to the folder;
 * "file.jsonl#id" for a JSON line, "reut2-000.sgm#NEWID=1" for a Reuters story); articles handed on one
 * by one, so that a feed or a corpus of any length is read in bounded memory; and every input it cannot
 * read reported as a {@link org.parley.model.Problem} (file or file:line, what is wrong, what Parley did)
 * while the rest is read. Decisions on hostile input:
 * <ul>
 * <li>Bytes that are not valid UTF-8 are read as Windows-1252 (HTML: its declared charset), and said so;
 *     a byte order mark is dropped, CRLF and CR line ends become LF; a NUL byte marks a binary file,
 *     skipped.</li>
 * <li>A single-article file above {@link org.parley.ingest.IngestOptions#maxFileBytes} is skipped with
 *     its size and the limit; in JSON Lines and SGML the limit applies to each line or record.</li>
 * <li>Hidden files and folders (".git", ".DS_Store") and the usual non-article files of a corpus
 *     (README, LICENSE, checksums, DTDs: data/ingest/ignored-files.txt) are passed over silently; any
 *     other extension (.pdf, .docx ...) is reported and skipped.</li>
 * <li>Symbolic links are followed; a link back to a folder being read (a loop) or to one already read
 *     is reported and not followed; a broken link is reported.</li>
 * <li>A numeric date whose day and month could be swapped ("05/06/2024") is refused as ambiguous; an
 *     impossible one ("31 February 2024") is refused, never rolled over.</li>
 * </ul>
 */
package org.parley.ingest;
