package io.iamgate.analyze.rego;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Rego rules: the built-in pack (in-process), and user packs run by the opa binary or an OPA server. {@code opa} is
 * the binary the invoker named (a flag); the configuration file never sets it.
 */
public record RegoSettings(boolean builtinRules, List<Path> userPacks, Optional<URI> opaUrl, Optional<Path> opa) {

    public static final RegoSettings DEFAULT = new RegoSettings(true, List.of(), Optional.empty(), Optional.empty());

    public RegoSettings {
        userPacks = List.copyOf(userPacks);
    }

    /** Settings without an opa named by the invoker: found through {@code IAMGATE_OPA} or PATH. */
    public RegoSettings(boolean builtinRules, List<Path> userPacks, Optional<URI> opaUrl) {
        this(builtinRules, userPacks, opaUrl, Optional.empty());
    }

    public RegoSettings withOpa(Optional<Path> value) {
        return new RegoSettings(builtinRules, userPacks, opaUrl, value);
    }
}
