package org.parley.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Lets only web addresses become links, so an article's {@code javascript:} or {@code data:} URL is shown, never followed. */
public final class SafeUrl {
    private SafeUrl() {
    }

    /** The URL when it is a well-formed http or https address, else {@code null}. */
    public static String http(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }
}
