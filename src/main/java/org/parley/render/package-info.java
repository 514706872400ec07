/**
 * Render: writes the static timeline site from the index with Thymeleaf templates.
 *
 * <p>Takes events and annotated articles. Gives HTML pages (timeline, actors, events, articles, places,
 * types, search) and exports (TimelineJS JSON, iCalendar, CSV, JSON Lines). Promises byte-identical
 * output for the same input, every article string escaped, and nothing written outside the output folder.
 */
package org.parley.render;
