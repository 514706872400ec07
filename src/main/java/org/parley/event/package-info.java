/**
 * Event: finds the diplomatic events of an article and merges the reports of one happening.
 *
 * <p>Takes an article with its sentences, time expressions and actor mentions. Gives typed
 * {@link org.parley.model.Event}s with participants, place, mode, attribution, evidence and a date
 * whose basis is always stated: the publication date is never used silently.
 */
package org.parley.event;
