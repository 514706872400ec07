/**
 * Actor: recognises who a text is about and resolves each name to one canonical actor.
 *
 * <p>Takes analysed text and the article date. Gives {@link org.parley.model.ActorMention}s resolved
 * against a gazetteer (states, capitals used for governments, organisations, persons with their offices
 * and dates) that users can extend, plus persons introduced by a title and references back to them.
 */
package org.parley.actor;
