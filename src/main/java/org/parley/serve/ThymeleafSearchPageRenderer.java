package org.parley.serve;

import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The search page from {@code templates/serve/search.html} (packaged as {@code /parley/templates/serve/}),
 * with Thymeleaf's escaping of every value. Thread-safe: Thymeleaf's engine is.
 */
public final class ThymeleafSearchPageRenderer implements SearchPageRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    public ThymeleafSearchPageRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafSearchPageRenderer.class.getClassLoader());
        resolver.setPrefix("parley/templates/serve/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    @Override
    public String render(SearchPage page) {
        Context ctx = new Context(Locale.ROOT);
        ctx.setVariable("page", page);
        return engine.process("search", ctx);
    }
}
