package org.parley.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder a site is written to: a temporary sibling of the target that replaces the target only once
 * the whole site is written, so a failed render leaves the previous site in place; and a guard that no
 * file name, however hostile, lands outside it.
 */
final class SiteFolder implements AutoCloseable {
    /** Marks a folder as a Parley site, so that replacing it never deletes a folder of the user's own. */
    static final String MARKER = ".parley-site";

    private final Path target;
    private final Path temp;
    private boolean committed;

    SiteFolder(Path out) throws IOException {
        this.target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("cannot write a site over the file system root: " + out);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new IllegalArgumentException("--out " + out + " holds files that are not a Parley site; "
                    + "choose an empty or new folder");
        }
        Files.createDirectories(parent);
        this.temp = parent.resolve("." + target.getFileName() + ".parley-tmp");
        deleteTree(temp);
        Files.createDirectories(temp);
        write(MARKER, "Written by parley render; replaced as a whole by the next render.\n");
    }

    /** The path of a file of the site, refusing any name that would leave the folder. */
    Path file(String relative) throws IOException {
        Path p = temp.resolve(relative).normalize();
        if (!p.startsWith(temp) || p.equals(temp)) {
            throw new IllegalStateException("refusing to write outside the site folder: " + relative);
        }
        Files.createDirectories(p.getParent());
        return p;
    }

    /** A writer for a file of the site, in UTF-8. */
    Writer writer(String relative) throws IOException {
        return Files.newBufferedWriter(file(relative), StandardCharsets.UTF_8);
    }

    /** Writes a whole file of the site in UTF-8. */
    void write(String relative, String text) throws IOException {
        Files.writeString(file(relative), text, StandardCharsets.UTF_8);
    }

    /** Writes a whole file of the site as bytes. */
    void write(String relative, byte[] bytes) throws IOException {
        Files.write(file(relative), bytes);
    }

    /** The files written so far and their bytes. */
    long[] countFilesAndBytes() throws IOException {
        long[] r = new long[2];
        try (Stream<Path> s = Files.walk(temp)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                r[0]++;
                try {
                    r[1] += Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return r;
    }

    /** Puts the written site in place of the target: the old site moves aside, the new one in, the old one goes. */
    void commit() throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".parley-old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(old) && !Files.exists(target)) {
                Files.move(old, target);
            }
            throw e;
        }
        committed = true;
        deleteTree(old);
    }

    /** Removes the temporary folder of a render that did not commit. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(temp);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
                    throw new IOException("cannot clear " + p, e);
                }
            }
        }
    }
}
