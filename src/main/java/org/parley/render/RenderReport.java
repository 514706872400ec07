package org.parley.render;

/**
 * What a render wrote, for the command's one-line summary and the benchmark.
 *
 * @param events events rendered
 * @param pages  HTML pages written
 * @param files  files written in all (pages, exports, assets)
 * @param bytes  bytes written in all
 */
public record RenderReport(int events, int pages, int files, long bytes) {
}
