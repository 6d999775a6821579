package io.iamgate.config;

import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.analyze.rego.RegoSettings;
import io.iamgate.config.YamlTree.Entry;
import io.iamgate.config.YamlTree.Mapping;
import io.iamgate.config.YamlTree.Node;
import io.iamgate.config.YamlTree.Scalar;
import io.iamgate.config.YamlTree.Sequence;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.model.PolicyType;
import io.iamgate.text.EditDistance;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .iamgate.yml} into a {@link RunConfig}. Every key is optional; unknown keys are refused
 * with a suggestion, and every error names the file, the line and the key. Relative paths in the file
 * (paths, baseline, rego packs, reference policies) are relative to the file's directory (to the working
 * directory for a file the invoker keeps outside it, such as a copy from the base commit); globs are
 * matched against paths relative to the working directory. Front ends apply their flags on top.
 *
 * <p>The file belongs to the repository, which a pull request controls: every path it names must stay inside the
 * repository root (the working directory, symbolic links resolved), and it may not choose a network destination
 * ({@code aws.endpoint}, {@code rego.opaUrl}) unless the invoker allows it.
 */
public final class ConfigFile {

    public static final String DEFAULT_NAME = ".iamgate.yml";

    /** The environment's opt-in to the file's endpoints, for front ends without a flag (the Maven plugin). */
    public static final String ALLOW_ENDPOINTS_ENV = "IAMGATE_ALLOW_CONFIG_ENDPOINTS";

    static final long MAX_BYTES = 1024 * 1024;

    private static final List<String> TOP_KEYS = List.of(
            "paths",
            "include",
            "exclude",
            "policyTypes",
            "failOn",
            "analyzers",
            "aws",
            "rego",
            "customChecks",
            "suppressions",
            "baseline",
            "cloudformation",
            "diff",
            "terraformSource");
    private static final List<String> CLOUDFORMATION_KEYS = List.of("parameters");
    private static final List<String> PARAMETER_KEYS = List.of("files", "values", "templateConfiguration");
    private static final List<String> POLICY_TYPE_KEYS = List.of("glob", "policyType", "resourceType");
    private static final List<String> AWS_KEYS =
            List.of("region", "profile", "endpoint", "maxRequestsPerSecond", "cache");
    private static final List<String> REGO_KEYS = List.of("builtin", "packs", "opaUrl");
    private static final List<String> CUSTOM_KEYS =
            List.of("actionsNotGranted", "resourcesNotGranted", "noPublicAccess", "noNewAccess");
    private static final List<String> NO_NEW_ACCESS_KEYS = List.of("reference", "baselineDirectory");
    private static final List<String> SUPPRESSION_KEYS =
            List.of("issueCode", "file", "resource", "sid", "path", "reason", "expires");
    private static final List<String> ANALYZERS = List.of("local", "aws", "rego");
    private static final List<String> DIFF_KEYS = List.of("block", "blockActions", "blockAccessLevels");

    /** What the refusal of a network destination in the file tells the user, after the key. */
    static final String ENDPOINT_REFUSED = "a network destination is chosen by whoever runs iamgate, not by the "
            + "repository's configuration: pass %s instead, or --allow-config-endpoints (" + ALLOW_ENDPOINTS_ENV
            + "=true) to accept the file's";

    private final String file;
    private final Path directory;
    private final RepositoryRoot root;
    private final boolean allowEndpoints;

    private ConfigFile(String file, Path directory, RepositoryRoot root, boolean allowEndpoints) {
        this.file = file;
        this.directory = directory;
        this.root = root;
        this.allowEndpoints = allowEndpoints;
    }

    /**
     * The configuration of a run in {@code workingDirectory}: the explicit file if given (it must exist),
     * else {@code .iamgate.yml} there if present, else the defaults.
     */
    public static RunConfig load(Path workingDirectory, Optional<Path> explicit) throws ConfigException {
        return load(workingDirectory, explicit, false);
    }

    /** Whether the invoker's environment allows the file's endpoints ({@value #ALLOW_ENDPOINTS_ENV}=true). */
    public static boolean endpointsAllowedBy(java.util.Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.getOrDefault(ALLOW_ENDPOINTS_ENV, ""));
    }

    /**
     * As {@link #load(Path, Optional)}; {@code allowEndpoints} is the invoker's permission for the file to name
     * network destinations. The file itself must not lead out of the working directory through a link, unless the
     * invoker named a path outside it.
     */
    public static RunConfig load(Path workingDirectory, Optional<Path> explicit, boolean allowEndpoints)
            throws ConfigException {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        RepositoryRoot root = RepositoryRoot.of(cwd);
        RunConfig.Builder defaults = RunConfig.builder(cwd);
        Path written = explicit.orElse(Path.of(DEFAULT_NAME));
        String shownAs = written.toString().replace('\\', '/');
        Path f = cwd.resolve(written).normalize();
        if (!Files.isRegularFile(f)) {
            if (explicit.isPresent()) {
                throw new ConfigException(shownAs + ": no such configuration file; check the --config path");
            }
            return defaults.build();
        }
        boolean inside = root.namesInside(written);
        if (inside && !root.contains(cwd.resolve(written))) {
            throw new ConfigException(shownAs + ": leads outside the repository root through a symbolic link, so "
                    + "iamgate does not read it; replace the link with the file, or pass --config with a path outside");
        }
        return read(f, shownAs, inside ? f.getParent() : cwd, defaults, allowEndpoints);
    }

    /** Reads {@code path} (shown as {@code shownAs} in errors) on top of {@code base}. */
    public static RunConfig read(Path path, String shownAs, RunConfig.Builder base) throws ConfigException {
        return read(path, shownAs, path.toAbsolutePath().normalize().getParent(), base, false);
    }

    private static RunConfig read(
            Path path, String shownAs, Path directory, RunConfig.Builder base, boolean allowEndpoints)
            throws ConfigException {
        String text;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new ConfigException(shownAs + ": is " + size + " bytes, larger than the " + MAX_BYTES
                        + "-byte limit for a configuration file");
            }
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(
                    shownAs + ": cannot be read (" + e.getClass().getSimpleName() + "); check " + "its permissions");
        }
        return parse(text, shownAs, directory, base, allowEndpoints);
    }

    /** Parses configuration text; relative paths resolve against {@code directory}. */
    public static RunConfig parse(String text, String shownAs, Path directory, RunConfig.Builder base)
            throws ConfigException {
        return parse(text, shownAs, directory, base, false);
    }

    /** As {@link #parse(String, String, Path, RunConfig.Builder)}, with the invoker's permission for endpoints. */
    public static RunConfig parse(
            String text, String shownAs, Path directory, RunConfig.Builder base, boolean allowEndpoints)
            throws ConfigException {
        RepositoryRoot root = RepositoryRoot.of(base.build().workingDirectory());
        return new ConfigFile(shownAs, directory.toAbsolutePath().normalize(), root, allowEndpoints)
                .apply(YamlTree.parse(text, shownAs), base);
    }

    private RunConfig apply(Mapping root, RunConfig.Builder b) throws ConfigException {
        checkKeys(root, "", TOP_KEYS);
        RunConfig current = b.build();
        Entry e;
        if ((e = root.entries().get("paths")) != null) {
            List<Path> paths = new ArrayList<>();
            List<Node> items = items(e.value());
            for (String s : strings(e, "paths")) {
                paths.add(inside(items.get(paths.size()), "paths", s));
            }
            if (paths.isEmpty()) {
                throw error(e.value(), "paths", "is empty; leave it out to validate the current directory");
            }
            b.paths(paths);
        }
        if ((e = root.entries().get("include")) != null) {
            b.include(globs(e, "include"));
        }
        if ((e = root.entries().get("exclude")) != null) {
            b.exclude(globs(e, "exclude"));
        }
        if ((e = root.entries().get("policyTypes")) != null) {
            b.typeOverrides(typeOverrides(e));
        }
        if ((e = root.entries().get("failOn")) != null) {
            b.failOn(failOn(e));
        }
        AwsSettings aws = current.aws();
        RegoSettings rego = current.rego();
        Entry analyzersEntry = root.entries().get("analyzers");
        Set<String> analyzers = null;
        if (analyzersEntry != null) {
            analyzers = new java.util.HashSet<>();
            for (Node n : items(analyzersEntry.value())) {
                String a = string(n, "analyzers").toLowerCase(Locale.ROOT);
                if (!ANALYZERS.contains(a)) {
                    throw error(
                            n,
                            "analyzers",
                            "unknown analyzer '" + a + "'" + suggestion(a, ANALYZERS)
                                    + " (expected local, aws or rego)");
                }
                analyzers.add(a);
            }
            aws = aws.withEnabled(analyzers.contains("aws"));
        }
        if ((e = root.entries().get("aws")) != null) {
            aws = awsSettings(e, aws);
        }
        if ((e = root.entries().get("customChecks")) != null) {
            aws = new AwsSettings(
                    aws.enabled(),
                    aws.region(),
                    aws.profile(),
                    aws.endpoint(),
                    aws.maxRequestsPerSecond(),
                    aws.cache(),
                    customChecks(e));
        }
        if ((e = root.entries().get("rego")) != null) {
            rego = regoSettings(e, rego);
        }
        if (analyzers != null && !analyzers.contains("rego")) {
            if (!rego.userPacks().isEmpty()) {
                throw error(
                        analyzersEntry.value(),
                        "analyzers",
                        "rego.packs are configured but 'rego' is not " + "listed; add it or remove the packs");
            }
            rego = new RegoSettings(false, List.of(), rego.opaUrl(), rego.opa());
        }
        b.aws(aws).rego(rego);
        if ((e = root.entries().get("suppressions")) != null) {
            b.suppressions(suppressions(e));
        }
        if ((e = root.entries().get("baseline")) != null) {
            b.baseline(Optional.of(inside(e.value(), "baseline", string(e.value(), "baseline"))));
        }
        if ((e = root.entries().get("cloudformation")) != null) {
            Mapping m = mapping(e.value(), "cloudformation", "a mapping with parameters");
            checkKeys(m, "cloudformation.", CLOUDFORMATION_KEYS);
            Entry parameters = m.entries().get("parameters");
            if (parameters != null) {
                b.parameters(parameterSets(parameters));
            }
        }
        if ((e = root.entries().get("diff")) != null) {
            b.diff(diffSettings(e));
        }
        if ((e = root.entries().get("terraformSource")) != null) {
            b.terraformSource(Optional.of(inside(e.value(), "terraformSource", string(e.value(), "terraformSource"))));
        }
        return b.build();
    }

    // ---- sections

    private List<TypeOverride> typeOverrides(Entry e) throws ConfigException {
        List<TypeOverride> out = new ArrayList<>();
        List<Node> items = items(e.value());
        for (int i = 0; i < items.size(); i++) {
            String key = "policyTypes[" + i + "]";
            Mapping m = mapping(items.get(i), key, "{glob: ..., policyType: ..., resourceType: ...}");
            checkKeys(m, key + ".", POLICY_TYPE_KEYS);
            Entry glob = required(m, key, "glob");
            Entry type = required(m, key, "policyType");
            PolicyType policyType;
            String typeText = string(type.value(), key + ".policyType");
            try {
                policyType = PolicyType.parse(typeText);
            } catch (IllegalArgumentException ex) {
                throw error(
                        type.value(),
                        key + ".policyType",
                        "unknown policy type '" + typeText + "' (expected "
                                + "IDENTITY_POLICY, RESOURCE_POLICY, SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY or "
                                + "TRUST_POLICY)");
            }
            Optional<String> resourceType = optionalString(m, key, "resourceType");
            out.add(new TypeOverride(glob(glob.value(), key + ".glob").text(), policyType, resourceType));
        }
        return out;
    }

    /**
     * {@code cloudformation.parameters}: a list of {@code {files, values, templateConfiguration}}; the values of
     * the file (inside the repository root) and then those written here apply to the templates the globs match.
     */
    private List<ParameterSet> parameterSets(Entry e) throws ConfigException {
        List<ParameterSet> out = new ArrayList<>();
        List<Node> items = items(e.value());
        for (int i = 0; i < items.size(); i++) {
            String key = "cloudformation.parameters[" + i + "]";
            Mapping m = mapping(items.get(i), key, "{files: GLOB, values: {Key: Value}, templateConfiguration: FILE}");
            checkKeys(m, key + ".", PARAMETER_KEYS);
            Entry files = required(m, key, "files");
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            Optional<String> configuration = optionalString(m, key, "templateConfiguration");
            if (configuration.isPresent()) {
                Path f = inside(
                        m.entries().get("templateConfiguration").value(),
                        key + ".templateConfiguration",
                        configuration.get());
                values.putAll(TemplateConfiguration.read(
                        f, file + ": " + key + ".templateConfiguration " + configuration.get()));
            }
            Entry written = m.entries().get("values");
            if (written != null) {
                Mapping v = mapping(written.value(), key + ".values", "a mapping of parameter names to values");
                for (Entry p : v.entries().values()) {
                    // a list parameter may be written as a list: CloudFormation takes it comma-joined
                    values.put(
                            p.key(),
                            p.value() instanceof Sequence
                                    ? String.join(",", strings(p, key + ".values." + p.key()))
                                    : string(p.value(), key + ".values." + p.key()));
                }
            }
            if (configuration.isEmpty() && written == null) {
                throw error(m, key, "gives no values; add values or templateConfiguration");
            }
            for (Node g : items(files.value())) {
                out.add(new ParameterSet(Optional.of(glob(g, key + ".files").text()), values));
            }
        }
        return out;
    }

    private FailOn failOn(Entry e) throws ConfigException {
        FailOn out = new FailOn(Set.of());
        for (Node n : items(e.value())) {
            try {
                out = out.and(FailOn.parse(string(n, "failOn")));
            } catch (IllegalArgumentException ex) {
                throw error(n, "failOn", ex.getMessage());
            }
        }
        return out;
    }

    private AwsSettings awsSettings(Entry e, AwsSettings aws) throws ConfigException {
        Mapping m = mapping(e.value(), "aws", "a mapping of region, profile, endpoint, ...");
        checkKeys(m, "aws.", AWS_KEYS);
        AwsSettings out = aws;
        Optional<String> region = optionalString(m, "aws", "region");
        if (region.isPresent()) {
            if (!region.get().matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
                throw error(
                        m.entries().get("region").value(),
                        "aws.region",
                        "'" + region.get() + "' is not an AWS region name (e.g. us-east-1)");
            }
            out = out.withRegion(region);
        }
        Optional<String> profile = optionalString(m, "aws", "profile");
        if (profile.isPresent()) {
            out = out.withProfile(profile);
        }
        if (m.entries().containsKey("endpoint")) {
            out = out.withEndpoint(
                    Optional.of(endpoint(m.entries().get("endpoint").value(), "aws.endpoint", "--aws-endpoint URL")));
        }
        if (m.entries().containsKey("cache")) {
            out = out.withCache(bool(m.entries().get("cache").value(), "aws.cache"));
        }
        if (m.entries().containsKey("maxRequestsPerSecond")) {
            Node n = m.entries().get("maxRequestsPerSecond").value();
            double rate;
            try {
                rate = Double.parseDouble(scalar(n, "aws.maxRequestsPerSecond").text());
            } catch (NumberFormatException ex) {
                rate = -1;
            }
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw error(n, "aws.maxRequestsPerSecond", "expected a positive number, e.g. 5");
            }
            out = new AwsSettings(
                    out.enabled(), out.region(), out.profile(), out.endpoint(), rate, out.cache(), out.customChecks());
        }
        return out;
    }

    private RegoSettings regoSettings(Entry e, RegoSettings rego) throws ConfigException {
        Mapping m = mapping(e.value(), "rego", "a mapping of builtin, packs, opaUrl");
        checkKeys(m, "rego.", REGO_KEYS);
        boolean builtin = m.entries().containsKey("builtin")
                ? bool(m.entries().get("builtin").value(), "rego.builtin")
                : rego.builtinRules();
        List<Path> packs = rego.userPacks();
        if (m.entries().containsKey("packs")) {
            packs = new ArrayList<>();
            List<Node> items = items(m.entries().get("packs").value());
            for (String s : strings(m.entries().get("packs"), "rego.packs")) {
                packs.add(inside(items.get(packs.size()), "rego.packs", s));
            }
        }
        Optional<URI> opaUrl = m.entries().containsKey("opaUrl")
                ? Optional.of(endpoint(m.entries().get("opaUrl").value(), "rego.opaUrl", "--opa-url URL"))
                : rego.opaUrl();
        return new RegoSettings(builtin, packs, opaUrl, rego.opa());
    }

    private AwsSettings.CustomChecks customChecks(Entry e) throws ConfigException {
        Mapping m = mapping(e.value(), "customChecks", "a mapping of actionsNotGranted, resourcesNotGranted, ...");
        checkKeys(m, "customChecks.", CUSTOM_KEYS);
        List<String> actions = m.entries().containsKey("actionsNotGranted")
                ? strings(m.entries().get("actionsNotGranted"), "customChecks.actionsNotGranted")
                : List.of();
        for (int i = 0; i < actions.size(); i++) {
            if (!actions.get(i).matches("[A-Za-z0-9-]+:[A-Za-z0-9*?]+")) {
                throw error(
                        items(m.entries().get("actionsNotGranted").value()).get(i),
                        "customChecks.actionsNotGranted",
                        "'" + actions.get(i) + "' is not an action " + "(service:Action, e.g. iam:PassRole)");
            }
        }
        List<String> resources = m.entries().containsKey("resourcesNotGranted")
                ? strings(m.entries().get("resourcesNotGranted"), "customChecks.resourcesNotGranted")
                : List.of();
        boolean noPublic = m.entries().containsKey("noPublicAccess")
                && bool(m.entries().get("noPublicAccess").value(), "customChecks.noPublicAccess");
        Optional<Path> reference = Optional.empty();
        Optional<Path> baselineDirectory = Optional.empty();
        Entry nna = m.entries().get("noNewAccess");
        if (nna != null) {
            Mapping n = mapping(
                    nna.value(), "customChecks.noNewAccess", "{reference: FILE} or " + "{baselineDirectory: DIR}");
            checkKeys(n, "customChecks.noNewAccess.", NO_NEW_ACCESS_KEYS);
            reference = insideOptional(n, "customChecks.noNewAccess", "reference");
            baselineDirectory = insideOptional(n, "customChecks.noNewAccess", "baselineDirectory");
            if (reference.isPresent() == baselineDirectory.isPresent()) {
                throw error(
                        nna.value(),
                        "customChecks.noNewAccess",
                        "give exactly one of 'reference' (a policy "
                                + "file) or 'baselineDirectory' (a directory of reference policies)");
            }
        }
        return new AwsSettings.CustomChecks(actions, resources, noPublic, reference, baselineDirectory);
    }

    private DiffSettings diffSettings(Entry e) throws ConfigException {
        Mapping m = mapping(e.value(), "diff", "a mapping of block, blockActions, blockAccessLevels");
        checkKeys(m, "diff.", DIFF_KEYS);
        Set<DiffCategory> block = DiffSettings.DEFAULT.block();
        if (m.entries().containsKey("block")) {
            block = new java.util.HashSet<>();
            List<String> names = DiffSettings.DEFAULT.block().stream()
                    .map(DiffCategory::configName)
                    .sorted()
                    .toList();
            for (Node n : items(m.entries().get("block").value())) {
                String name = string(n, "diff.block");
                Optional<DiffCategory> c = DiffCategory.byConfigName(name);
                if (c.isEmpty()) {
                    throw error(
                            n,
                            "diff.block",
                            "unknown category '" + name + "'" + suggestion(name, names) + " (expected "
                                    + String.join(", ", names) + ")");
                }
                block.add(c.get());
            }
        }
        List<String> actions = m.entries().containsKey("blockActions")
                ? strings(m.entries().get("blockActions"), "diff.blockActions")
                : List.of();
        for (int i = 0; i < actions.size(); i++) {
            if (!actions.get(i).matches("[A-Za-z0-9-]+:[A-Za-z0-9*?]+")) {
                throw error(
                        items(m.entries().get("blockActions").value()).get(i),
                        "diff.blockActions",
                        "'"
                                + actions.get(i)
                                + "' is not an action or action pattern (service:Action, e.g. iam:PassRole "
                                + "or s3:Delete*)");
            }
        }
        Set<io.iamgate.reference.AccessLevel> levels = new java.util.HashSet<>();
        if (m.entries().containsKey("blockAccessLevels")) {
            List<String> known = java.util.Arrays.stream(io.iamgate.reference.AccessLevel.values())
                    .map(io.iamgate.reference.AccessLevel::label)
                    .toList();
            for (Node n : items(m.entries().get("blockAccessLevels").value())) {
                String label = string(n, "diff.blockAccessLevels");
                Optional<io.iamgate.reference.AccessLevel> level = java.util.Arrays.stream(
                                io.iamgate.reference.AccessLevel.values())
                        .filter(l -> l.label().equalsIgnoreCase(label))
                        .findFirst();
                if (level.isEmpty()) {
                    throw error(
                            n,
                            "diff.blockAccessLevels",
                            "unknown access level '" + label + "'" + suggestion(label, known) + " (expected "
                                    + String.join(", ", known) + ")");
                }
                levels.add(level.get());
            }
        }
        return new DiffSettings(block, actions, levels);
    }

    private List<Suppression> suppressions(Entry e) throws ConfigException {
        List<Suppression> out = new ArrayList<>();
        List<Node> items = items(e.value());
        for (int i = 0; i < items.size(); i++) {
            String key = "suppressions[" + i + "]";
            Mapping m = mapping(items.get(i), key, "{issueCode: ..., file: ..., reason: ...}");
            checkKeys(m, key + ".", SUPPRESSION_KEYS);
            Entry code = required(m, key, "issueCode");
            String issueCode = string(code.value(), key + ".issueCode");
            if (!issueCode.equals("*") && !issueCode.matches("[A-Z][A-Z0-9_]*")) {
                throw error(
                        code.value(),
                        key + ".issueCode",
                        "'" + issueCode + "' is not an issue code (upper "
                                + "case with underscores, e.g. PASS_ROLE_WITH_STAR_IN_RESOURCE)");
            }
            Entry file = m.entries().get("file");
            Entry resource = m.entries().get("resource");
            if (file == null && resource == null) {
                throw error(
                        items.get(i),
                        key,
                        "a suppression needs 'file' (a glob of files), 'resource' (a glob of "
                                + "CloudFormation logical IDs, Terraform addresses or CDK construct paths), or both");
            }
            // Without a file glob, the resource glob alone selects, in every file.
            String fileGlob =
                    file == null ? "**" : glob(file.value(), key + ".file").text();
            Optional<String> resourceGlob = resource == null
                    ? Optional.empty()
                    : Optional.of(glob(resource.value(), key + ".resource").text());
            Entry reason = m.entries().get("reason");
            if (reason == null || string(reason.value(), key + ".reason").isBlank()) {
                throw error(
                        reason == null ? items.get(i) : reason.value(),
                        key + ".reason",
                        "a suppression needs a reason: say why this finding is accepted");
            }
            Optional<String> sid = optionalString(m, key, "sid");
            Optional<String> path = optionalString(m, key, "path");
            Optional<LocalDate> expires = Optional.empty();
            if (m.entries().containsKey("expires")) {
                Node n = m.entries().get("expires").value();
                String text = scalar(n, key + ".expires").text();
                try {
                    expires = Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException ex) {
                    throw error(n, key + ".expires", "'" + text + "' is not a date (expected YYYY-MM-DD)");
                }
            }
            out.add(new Suppression(
                    issueCode,
                    fileGlob,
                    sid,
                    path,
                    string(reason.value(), key + ".reason").trim(),
                    expires,
                    resourceGlob,
                    this.file + ":" + items.get(i).line()));
        }
        return out;
    }

    // ---- values

    /** {@code s} resolved against the file's directory, refused when its real path is outside the root. */
    private Path inside(Node at, String key, String s) throws ConfigException {
        Path resolved = directory.resolve(s);
        if (!root.contains(resolved)) {
            throw error(
                    at,
                    key,
                    "'" + s + "' is outside the repository root (symbolic links resolved); the "
                            + "repository's configuration may only name files inside it: name a file outside on the command "
                            + "line instead");
        }
        return resolved.normalize();
    }

    private Optional<Path> insideOptional(Mapping m, String key, String name) throws ConfigException {
        Optional<String> s = optionalString(m, key, name);
        return s.isEmpty()
                ? Optional.empty()
                : Optional.of(inside(m.entries().get(name).value(), key + "." + name, s.get()));
    }

    /** A network destination from the file: only with the invoker's permission. */
    private URI endpoint(Node n, String key, String flag) throws ConfigException {
        URI u = uri(n, key);
        if (!allowEndpoints) {
            throw error(n, key, String.format(ENDPOINT_REFUSED, flag));
        }
        return u;
    }

    private void checkKeys(Mapping m, String prefix, List<String> known) throws ConfigException {
        for (Entry e : m.entries().values()) {
            if (!known.contains(e.key())) {
                throw new ConfigException(file + ":" + e.keyLine() + ": unknown key '" + prefix + e.key() + "'"
                        + suggestion(e.key(), known) + " (known keys"
                        + (prefix.isEmpty() ? "" : " of " + prefix.substring(0, prefix.length() - 1)) + ": "
                        + String.join(", ", known) + ")");
            }
        }
    }

    private Entry required(Mapping m, String key, String name) throws ConfigException {
        Entry e = m.entries().get(name);
        if (e == null || e.value() instanceof Scalar s && s.isNull()) {
            throw error(e == null ? m : e.value(), key + "." + name, "is required");
        }
        return e;
    }

    private Optional<String> optionalString(Mapping m, String key, String name) throws ConfigException {
        Entry e = m.entries().get(name);
        if (e == null || e.value() instanceof Scalar s && s.isNull()) {
            return Optional.empty();
        }
        String v = string(e.value(), key + "." + name);
        if (v.isBlank()) {
            throw error(e.value(), key + "." + name, "is empty; leave it out instead");
        }
        return Optional.of(v);
    }

    private List<String> strings(Entry e, String key) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (Node n : items(e.value())) {
            String s = string(n, key);
            if (s.isBlank()) {
                throw error(n, key, "holds an empty entry");
            }
            out.add(s);
        }
        return out;
    }

    private List<String> globs(Entry e, String key) throws ConfigException {
        List<String> out = new ArrayList<>();
        for (Node n : items(e.value())) {
            out.add(glob(n, key).text());
        }
        return out;
    }

    private PathGlob glob(Node n, String key) throws ConfigException {
        try {
            return PathGlob.of(string(n, key));
        } catch (IllegalArgumentException ex) {
            throw error(n, key, ex.getMessage());
        }
    }

    /** A list, or a single value standing for a list of one. */
    private static List<Node> items(Node n) {
        if (n instanceof Sequence s) {
            return s.items();
        }
        if (n instanceof Scalar s && s.isNull()) {
            return List.of();
        }
        return List.of(n);
    }

    private Mapping mapping(Node n, String key, String expected) throws ConfigException {
        if (n instanceof Mapping m) {
            return m;
        }
        throw error(n, key, "expected " + expected);
    }

    private Scalar scalar(Node n, String key) throws ConfigException {
        if (n instanceof Scalar s && !s.isNull()) {
            return s;
        }
        throw error(
                n,
                key,
                n instanceof Scalar
                        ? "has no value"
                        : "expected a single value, not a " + (n instanceof Sequence ? "list" : "mapping"));
    }

    private String string(Node n, String key) throws ConfigException {
        return scalar(n, key).text();
    }

    private boolean bool(Node n, String key) throws ConfigException {
        Scalar s = scalar(n, key);
        String t = s.text().toLowerCase(Locale.ROOT);
        if (!s.isString() && (t.equals("true") || t.equals("false"))) {
            return t.equals("true");
        }
        throw error(n, key, "expected true or false, not '" + s.text() + "'");
    }

    private URI uri(Node n, String key) throws ConfigException {
        String text = string(n, key);
        try {
            URI u = new URI(text);
            if (u.getScheme() == null
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getHost() == null) {
                throw new URISyntaxException(text, "not an http(s) URL");
            }
            return u;
        } catch (URISyntaxException ex) {
            throw error(n, key, "'" + text + "' is not an http:// or https:// URL");
        }
    }

    private ConfigException error(Node at, String key, String message) {
        return new ConfigException(file + ":" + at.line() + ": " + key + ": " + message);
    }

    /** " (did you mean 'x'?)" when a known word is close enough to be the intended one. */
    static String suggestion(String word, List<String> known) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = EditDistance.of(w, k.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }
}
