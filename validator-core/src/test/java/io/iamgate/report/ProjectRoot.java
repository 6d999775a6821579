package io.iamgate.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (where scripts/setup is), found from the test's working directory. */
final class ProjectRoot {

    private ProjectRoot() {}

    static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/setup")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "no project root (scripts/setup) above " + Path.of("").toAbsolutePath());
    }
}
