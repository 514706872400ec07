package org.parley;

import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test or a test class was skipped (a research corpus absent from {@code ../shared}, no
 * Chromium), one line each, on the console of {@code mvn test}: Surefire itself only counts skips, so a run
 * that skipped the corpus tests would look the same as one that ran them. Registered through
 * {@code META-INF/services}, so it needs no annotation on any test.
 */
public final class SkipReasons implements TestExecutionListener {
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.out.println("[SKIPPED] " + name(test) + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            Optional<Throwable> why = result.getThrowable();
            System.out.println("[SKIPPED] " + name(test) + ": " + why.map(Throwable::getMessage).orElse("aborted"));
        }
    }

    /** "EventServerTest.servesTheSite" for a test, "EventServerTest" for a class. */
    private static String name(TestIdentifier test) {
        return test.getSource().map(s -> {
            if (s instanceof MethodSource m) {
                return simple(m.getClassName()) + "." + m.getMethodName();
            }
            if (s instanceof ClassSource c) {
                return simple(c.getClassName());
            }
            return test.getDisplayName();
        }).orElse(test.getDisplayName());
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
