package io.iamgate.analyze.rego;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code opa} binary that evaluates user rule packs. */
public record OpaExecutable(Path binary) {

    /** What to tell a user who asked for a rule pack on a machine without OPA. */
    public static final String INSTALL_HINT = "install OPA (go install github.com/open-policy-agent/opa@v1.22.2, "
            + "or a release binary from https://github.com/open-policy-agent/opa/releases) and put it on PATH, "
            + "run scripts/install-opa in an iamgate checkout, or point --opa-url at a running OPA server";

    /**
     * Finds opa on {@code pathVariable} (the PATH value, directories separated by the platform's separator), then in
     * the project-local {@code .tools/bin} under {@code workingDirectory} where scripts/install-opa puts it.
     */
    public static Optional<OpaExecutable> locate(String pathVariable, Path workingDirectory) {
        String name = System.getProperty("os.name", "").startsWith("Windows") ? "opa.exe" : "opa";
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Path candidate = Path.of(dir).resolve(name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(new OpaExecutable(candidate));
                    }
                }
            }
        }
        Path local = workingDirectory.resolve(".tools").resolve("bin").resolve(name);
        if (Files.isRegularFile(local) && Files.isExecutable(local)) {
            return Optional.of(new OpaExecutable(local.toAbsolutePath()));
        }
        return Optional.empty();
    }
}
