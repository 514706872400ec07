/**
 * Actor: recognises who a text is about and resolves each name to one canonical actor.
 *
 * <p>Takes analysed text and the article date. Gives {@link org.parley.model.ActorMention}s resolved
 * against a gazetteer (states, capitals used for governments, organisations, persons with their offices
 * and dates) that users can extend, plus persons the gazetteer does not know: introduced by a title or an
 * office in apposition ("Kenya's foreign minister, Amina Mohamed,"), or named without one where only a person
 * fits ("Retno Marsudi said"), each found again in the article by full name and by family name, and across
 * articles by one id made from the full name. Promises mentions in text order without overlaps; the parts
 * of speech are read only for the few runs of words every other test has left as possible names.
 */
package org.parley.actor;
