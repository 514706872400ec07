package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One self-rewriting line on the terminal for long runs (index, build, bench): articles done, rate and
 * time left, repainted at most four times a second.
 *
 * <p>Silent when the output is not a terminal ({@link System#console()} is null: piped or redirected)
 * or when the user asked for quiet, so logs and scripts never see carriage returns. Thread-safe:
 * worker threads call {@link #step()}.
 */
public final class Progress {
    private static final long REPAINT_NANOS = 250_000_000L;

    private final PrintWriter out;
    private final boolean enabled;
    private final LongSupplier clock;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastPaint = new AtomicLong();
    private volatile String label = "";
    private volatile long total = -1;
    private volatile long started;
    private int lastWidth;

    Progress(PrintWriter out, boolean enabled, LongSupplier clock) {
        this.out = out;
        this.enabled = enabled;
        this.clock = clock;
    }

    /** A progress line on {@code out} when it goes to a terminal and {@code quiet} is false, else a silent one. */
    public static Progress onTerminal(PrintWriter out, boolean quiet) {
        return new Progress(out, !quiet && System.console() != null, System::nanoTime);
    }

    /** A progress line that never prints. */
    public static Progress silent() {
        return new Progress(new PrintWriter(PrintWriter.nullWriter()), false, System::nanoTime);
    }

    /** Whether this one prints at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Starts a run of {@code total} articles ({@code -1} when unknown: no time left is shown). */
    public void start(String what, long total) {
        this.label = what;
        this.total = total;
        this.done.set(0);
        this.started = clock.getAsLong();
        this.lastPaint.set(started);
        paint(started);
    }

    /** One more article is done. */
    public void step() {
        done.incrementAndGet();
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        long last = lastPaint.get();
        if (now - last >= REPAINT_NANOS && lastPaint.compareAndSet(last, now)) {
            paint(now);
        }
    }

    /**
     * A per-article function that steps this progress each time it finishes an article, failed or not:
     * what {@code index} and {@code build} hand to the {@code Indexer} in place of the bare pipeline.
     */
    public <T, R> Function<T, R> counting(Function<T, R> perArticle) {
        return article -> {
            try {
                return perArticle.apply(article);
            } finally {
                step();
            }
        };
    }

    /** Ends the run: the line is cleared, so the report that follows starts on a clean line. */
    public void end() {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            out.print('\r' + " ".repeat(lastWidth) + '\r');
            out.flush();
            lastWidth = 0;
        }
    }

    /** The line as it would be painted at {@code now}. */
    String line(long now) {
        long n = done.get();
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = n / seconds;
        StringBuilder s = new StringBuilder(label).append(": ").append(n);
        if (total >= 0) {
            s.append('/').append(total);
        }
        s.append(" articles, ").append(String.format(Locale.ROOT, "%.0f/s", rate));
        if (total >= 0 && n > 0 && rate > 0) {
            s.append(", ").append(clockTime(Math.max(0, total - n) / rate)).append(" left");
        }
        return s.toString();
    }

    private void paint(long now) {
        if (!enabled) {
            return;
        }
        String line = line(now);
        synchronized (this) {
            int pad = Math.max(0, lastWidth - line.length());
            out.print('\r' + line + " ".repeat(pad));
            out.flush();
            lastWidth = line.length();
        }
    }

    /** Seconds as m:ss, or h:mm:ss past an hour. */
    static String clockTime(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
