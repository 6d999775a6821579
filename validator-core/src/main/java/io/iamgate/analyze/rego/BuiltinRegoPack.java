package io.iamgate.analyze.rego;

/**
 * The entrypoints of the built-in rule pack: {@code policies/} compiled to wasm by scripts/build-rego-bundle
 * (builtin-policy.wasm, with a manifest that ties it to its sources) and from there to JVM bytecode by the build.
 */
public final class BuiltinRegoPack {

    public static final String FINDINGS = "iamgate/findings";
    public static final String REPOSITORY_FINDINGS = "iamgate/repository_findings";
    public static final String PRINCIPAL_FINDINGS = "iamgate/principal_findings";
    public static final String RULES = "iamgate/rules";
    /** The actions the grant rules ask about, which {@link PackFacts} works out for each policy. */
    public static final String ASKED_ACTIONS = "iamgate/asked_actions";

    private BuiltinRegoPack() {}
}
