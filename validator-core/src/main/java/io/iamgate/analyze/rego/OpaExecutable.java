package io.iamgate.analyze.rego;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code opa} binary that evaluates user rule packs. Only the invoker chooses it (a flag, {@code IAMGATE_OPA},
 * PATH): never a path inside the checked-out repository, whose content a pull request controls.
 */
public record OpaExecutable(Path binary) {

    /** The environment variable that names the opa binary, for front ends without a flag for it. */
    public static final String ENV = "IAMGATE_OPA";

    /** What to tell a user who asked for a rule pack on a machine without OPA. */
    public static final String INSTALL_HINT = "install OPA (go install github.com/open-policy-agent/opa@v1.22.2, "
            + "or a release binary from https://github.com/open-policy-agent/opa/releases) and put it on PATH, "
            + "name it with --opa or " + ENV + ", or point --opa-url at a running OPA server";

    /**
     * The opa of a run: {@code explicit} (a front end's flag) when given, else {@value #ENV} from {@code env}, else
     * the first executable {@code opa} on {@code env}'s PATH. An explicit or {@value #ENV} binary is taken as named
     * (a wrong one fails the run with opa's own error when it is started), never searched for elsewhere.
     */
    public static Optional<OpaExecutable> locate(Optional<Path> explicit, Map<String, String> env) {
        if (explicit.isPresent()) {
            return Optional.of(new OpaExecutable(explicit.get().toAbsolutePath()));
        }
        String named = env.get(ENV);
        if (named != null && !named.isBlank()) {
            return Optional.of(new OpaExecutable(Path.of(named).toAbsolutePath()));
        }
        return onPath(env.get("PATH"));
    }

    /** The first executable {@code opa} in {@code pathVariable} (directories separated by the platform's separator). */
    static Optional<OpaExecutable> onPath(String pathVariable) {
        String name = System.getProperty("os.name", "").startsWith("Windows") ? "opa.exe" : "opa";
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            // An empty or relative PATH entry means the current directory, which is the repository under check.
            if (!dir.isEmpty() && Path.of(dir).isAbsolute()) {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new OpaExecutable(candidate));
                }
            }
        }
        return Optional.empty();
    }
}
