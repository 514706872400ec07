package org.parley.render;

import java.nio.file.Path;

/**
 * How a site is rendered: what it is called, where it will live and whose templates it uses.
 *
 * @param title     the site's title, shown on every page
 * @param baseUrl   the URL the site will be published at (for the exports' links), or {@code null}
 * @param templates a folder of the user's own templates overriding any shipped page, fragment or asset,
 *                  or {@code null}
 */
public record SiteOptions(String title, String baseUrl, Path templates) {
    public SiteOptions {
        title = title == null || title.isBlank() ? "Parley timeline" : title.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        if (baseUrl != null && SafeUrl.http(baseUrl) == null) {
            throw new IllegalArgumentException("--base-url must be an http or https address, was '" + baseUrl + "'");
        }
    }

    /** The options of a site with the shipped templates and no base URL. */
    public static SiteOptions defaults() {
        return new SiteOptions(null, null, null);
    }
}
