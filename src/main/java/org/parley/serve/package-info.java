/**
 * Serve: the site and a JSON search API over HTTP, rendered live from the index.
 *
 * <p>Takes an index. Gives pages and {@code /api/events}. Listens on the loopback address unless told
 * otherwise and serves nothing but the site.
 */
package org.parley.serve;
