package io.iamgate.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Access Analyzer conformance corpus is: {@code policies/} (the texts sent) and {@code expected/}
 * (what ValidatePolicy answered). It is development material kept outside the repository, so its folder is
 * the one system property {@value #PROPERTY}, by default {@value #DEFAULT} beside the project root.
 * Without it, the tests that need it are skipped with one message, never failed and never passed.
 */
public final class AccessAnalyzerCorpus {

    public static final String PROPERTY = "iamgate.corpus";
    public static final String DEFAULT = "../shared/corpus/access-analyzer";

    private AccessAnalyzerCorpus() {}

    /** The corpus folder, whether or not it is there. */
    public static Path locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        return projectRoot().resolve(DEFAULT).normalize();
    }

    public static boolean isPresent(Path corpus) {
        return Files.isDirectory(corpus.resolve("policies")) && Files.isDirectory(corpus.resolve("expected"));
    }

    /** The corpus folder; aborts the calling test (reported as skipped) when it is absent. */
    public static Path assumePresent() {
        Path corpus = locate();
        assumeTrue(isPresent(corpus), () -> absent(corpus));
        return corpus;
    }

    /** Why there is no corpus and what to do, for the skip message and for the scripts' mains. */
    public static String absent(Path corpus) {
        return "no Access Analyzer corpus at " + corpus + " (policies/ and expected/ needed); " + "set -D" + PROPERTY
                + "=DIR to its folder";
    }

    /** The top folder of the Maven project: the working directory, or its highest ancestor with a pom.xml. */
    private static Path projectRoot() {
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && Files.isRegularFile(root.getParent().resolve("pom.xml"))) {
            root = root.getParent();
        }
        return root;
    }
}
