/**
 * Render: writes the static timeline site from the index with Thymeleaf templates.
 *
 * <p>Takes events and annotated articles ({@link org.parley.render.SiteRenderer}). Gives HTML pages
 * (the timeline by year and month with a strip of events per month, a page per year, per month of a
 * full year, per event, actor, place, type and article, lists of each, and a search page that filters
 * in the browser from {@code search-index.js}) and exports ({@code timeline.json} for TimelineJS3,
 * {@code events.ics}, {@code events.csv}, {@code events.jsonl}). {@link org.parley.render.SiteModel}
 * turns the model into view records ({@link org.parley.render.Views}, {@link org.parley.model.DateView})
 * so the templates in the top-level {@code templates/} folder only print and loop.
 *
 * <p>Promises: byte-identical output for the same input (stable order, no timestamps); every string
 * from an article escaped (templates use {@code th:text} only; JSON for scripts escapes {@code <});
 * only http(s) URLs become links; file names from {@link org.parley.render.Slugs} that are safe and
 * distinct for any name; nothing written outside the output folder but a temporary sibling that
 * replaces it only when the whole site is written; the site works from {@code file://}.
 */
package org.parley.render;
