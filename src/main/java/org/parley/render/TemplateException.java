package org.parley.render;

/** A template that cannot be parsed or run, with a message naming the template and line so its author can fix it. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
