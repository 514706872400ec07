package org.parley.cli;

import java.nio.file.Path;
import org.parley.render.SiteOptions;
import picocli.CommandLine.Option;

/** How the site looks, shared by {@code render}, {@code build} and {@code serve} (a picocli mixin). */
public final class SiteLook {
    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of your own templates: any page, fragment or asset in it replaces the shipped one.")
    Path templates;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (default: Parley timeline).")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site will be published, for links in the exports.")
    String baseUrl;

    /** The render options these flags ask for; a bad value (a base URL that is no web address) is a usage error. */
    SiteOptions options() {
        try {
            return new SiteOptions(title, baseUrl, templates);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
