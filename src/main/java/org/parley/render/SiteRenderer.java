package org.parley.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;

/** Writes the static timeline site, so the index can be read, shared and printed without Parley. */
public interface SiteRenderer {
    /**
     * Renders every page and export of the site into {@code out}, replacing what was there only when the
     * whole render succeeded.
     *
     * @param events   the events, in any order
     * @param articles the articles the events were read from, in any order
     * @param out      the site folder; nothing is written outside it but a temporary sibling
     * @return what was written
     * @throws TemplateException when a template cannot be parsed or run; names the template and line
     * @throws IOException       when the folder cannot be written
     */
    RenderReport render(List<Event> events, List<AnnotatedArticle> articles, Path out) throws IOException;
}
