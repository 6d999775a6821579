package io.iamgate.gate;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Rego rules: the built-in pack (in-process), and user packs run by the opa binary or an OPA server. */
public record RegoSettings(boolean builtinRules, List<Path> userPacks, Optional<URI> opaUrl) {

    public static final RegoSettings DEFAULT = new RegoSettings(true, List.of(), Optional.empty());

    public RegoSettings {
        userPacks = List.copyOf(userPacks);
    }
}
