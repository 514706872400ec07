package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Problem;

class ArticleFolderTest {
    private static final Path FOLDER = Ingested.resource("folder");

    @Test
    void foldersInFoldersAreReadInSortedOrderWithNamesInAnyScript() {
        Ingested result = Ingested.folder(new ArticleFolder(FOLDER));
        assertEquals(List.of("a.txt", "nested/deeper/deepest/story.txt", "nested/feed.jsonl#f1", "nested/feed.jsonl#f2",
                "notes", "page.html", "spaces in name.txt", "Ελληνικά άρθρο.txt", "статья о переговорах.txt",
                "مقال.txt", "中文 文章.txt"), result.articles().stream().map(Article::source).toList());
    }

    @Test
    void hiddenFilesAndReadmesAreIgnoredSilentlyOtherFormatsReported() {
        Ingested result = Ingested.folder(new ArticleFolder(FOLDER));
        Problem problem = result.onlyProblem();
        assertEquals("slides.pdf", problem.source());
        assertTrue(problem.what().startsWith("unsupported format (.pdf)"), problem.toString());
        assertTrue(result.articles().stream().noneMatch(a -> a.title().startsWith("Hidden")));
    }

    @Test
    void idsAreStableAcrossRunsAndDistinct() {
        List<String> first = Ingested.folder(new ArticleFolder(FOLDER)).articles().stream().map(Article::id).toList();
        List<String> second = Ingested.folder(new ArticleFolder(FOLDER)).articles().stream().map(Article::id).toList();
        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count());
        assertEquals(ArticleIds.of("nested/deeper/deepest/story.txt"), first.get(1));
    }

    @Test
    void symbolicLinkLoopIsReportedNotFollowed(@TempDir Path dir) throws IOException {
        Path inner = Files.createDirectories(dir.resolve("a/b"));
        write(inner.resolve("story.txt"), "12 June 2024\nLooped\n\nOnly once.\n");
        Files.createSymbolicLink(inner.resolve("back-to-a"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("self"), dir);
        Ingested result = Ingested.folder(new ArticleFolder(dir));
        assertEquals(List.of("a/b/story.txt"), result.articles().stream().map(Article::source).toList());
        assertEquals(List.of("a/b/back-to-a", "self"), result.problems().stream().map(Problem::source).toList());
        assertTrue(result.problems().get(0).what().contains("loop"), result.problems().toString());
    }

    @Test
    void brokenSymbolicLinkIsReported(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        assertEquals("broken symbolic link", Ingested.folder(new ArticleFolder(dir)).onlyProblem().what());
    }

    @Test
    void fileOverTheSizeLimitIsSkippedWithTheLimitSaid(@TempDir Path dir) throws IOException {
        write(dir.resolve("big.txt"), "12 June 2024\nBig\n\n" + "word ".repeat(400));
        write(dir.resolve("small.txt"), "12 June 2024\nSmall\n\nShort.\n");
        Ingested result = Ingested.folder(new ArticleFolder(dir).options(IngestOptions.defaults().withMaxFileBytes(1000)));
        assertEquals(List.of("Small"), result.articles().stream().map(Article::title).toList());
        Problem problem = result.onlyProblem();
        assertEquals("big.txt", problem.source());
        assertTrue(problem.what().contains("over the size limit of 1000 bytes"), problem.toString());
    }

    @Test
    void articleOfTensOfMegabytesIsSkippedByTheDefaultLimit(@TempDir Path dir) throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(30L * 1024 * 1024); // sparse: costs no disk
        }
        Problem problem = Ingested.folder(new ArticleFolder(dir)).onlyProblem();
        assertTrue(problem.what().contains("31457280 bytes is over the size limit of 20971520 bytes"), problem.toString());
    }

    @Test
    void jsonLineOverTheLimitCostsOnlyThatLine(@TempDir Path dir) throws IOException {
        String good = "{\"id\":\"1\",\"published\":\"2024-06-12\",\"title\":\"Fits\",\"text\":\"Short.\"}";
        String big = "{\"id\":\"2\",\"published\":\"2024-06-12\",\"title\":\"Too big\",\"text\":\"" + "x".repeat(500) + "\"}";
        write(dir.resolve("feed.jsonl"), big + "\n" + good + "\n");
        Ingested result = Ingested.folder(new ArticleFolder(dir).options(new IngestOptions(200)));
        assertEquals(List.of("Fits"), result.articles().stream().map(Article::title).toList());
        assertEquals("feed.jsonl:1", result.onlyProblem().source());
    }

    @Test
    void missingFolderIsAProblemNotAnException(@TempDir Path dir) {
        Problem problem = Ingested.folder(new ArticleFolder(dir.resolve("nowhere"))).onlyProblem();
        assertEquals("no such file or folder", problem.what());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
