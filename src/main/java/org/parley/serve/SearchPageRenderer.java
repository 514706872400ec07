package org.parley.serve;

/**
 * Writes the search page as HTML. An interface so that the site's own renderer can take over the
 * page without the server changing; every string it writes from the index must be escaped.
 */
public interface SearchPageRenderer {
    /** The page for a search: its form filled in, its results and facets, or the error that stopped it. */
    String render(SearchPage page);
}
