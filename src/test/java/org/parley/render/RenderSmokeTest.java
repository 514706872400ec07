package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {
    @Test
    void rendersFixture() throws Exception {
        Path out = Path.of("target", "smoke-site");
        RenderReport r = new ThymeleafSiteRenderer(new SiteOptions("Talks", null, null)).render(Fixtures.events(), Fixtures.articles(), out);
        System.out.println(r);
        assertTrue(Files.exists(out.resolve("index.html")));
    }
}
