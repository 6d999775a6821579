package io.iamgate;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.analyze.aws.AccessAnalyzerAnalyzer;
import io.iamgate.analyze.aws.AwsSettings;
import io.iamgate.analyze.aws.DeployedPolicies;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.custom.AccessNotGrantedCheck;
import io.iamgate.analyze.local.custom.CustomChecksAnalyzer;
import io.iamgate.analyze.local.custom.NoPublicAccessCheck;
import io.iamgate.analyze.local.custom.ReferencePolicies;
import io.iamgate.analyze.rego.BuiltinRules;
import io.iamgate.analyze.rego.OpaExecutable;
import io.iamgate.analyze.rego.RegoAnalyzers;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.RawPolicyExtractor;
import io.iamgate.extract.cdk.CdkAssemblyExtractor;
import io.iamgate.extract.cloudformation.CloudFormationExtractor;
import io.iamgate.extract.terraform.TerraformPlanExtractor;
import io.iamgate.extract.terraform.TerraformSourceExtractor;
import io.iamgate.load.Limits;
import io.iamgate.load.RepositoryRoot;
import io.iamgate.principal.PrincipalModelBuilder;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import io.iamgate.report.RunReport;
import io.iamgate.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The core's front door: what a front end calls with its configuration. */
public final class Iamgate {

    private Iamgate() {}

    /**
     * Starts loading the IAM reference on a daemon thread: almost every run needs it, it is immutable and loaded
     * once per process, so this only moves its cost off the critical path. A front end calls it first, before
     * parsing its arguments. A failure is left to the run, which loads it again and reports what goes wrong.
     * (Preloading the compiled Rego pack the same way was measured and dropped: on two cores it only competed
     * with the argument parsing for the CPU.) After the reference, the same thread readies SHA-256, which every
     * finding's fingerprint needs at the end of the run: its first use loads the security providers.
     */
    public static void warmUp() {
        Thread t = new Thread(
                () -> {
                    try {
                        IamReference.bundled();
                    } catch (RuntimeException | LinkageError e) {
                        // Reported by the run that needs it.
                    }
                    try {
                        MessageDigest.getInstance("SHA-256");
                    } catch (NoSuchAlgorithmException | RuntimeException | LinkageError e) {
                        // Reported by the run that needs it.
                    }
                },
                "iamgate-load-reference");
        t.setDaemon(true);
        t.start();
    }

    public static RunReport validate(RunConfig config) throws IOException {
        return validator(config).run(config);
    }

    /** The standard pipeline for a configuration: every extractor, the analyzers it asks for. */
    public static Validator validator(RunConfig config) {
        // Started first, so that the pack's first wasm instance is made while the offline checks are set up and
        // the files are read.
        Optional<BuiltinRules> builtin = RegoAnalyzers.builtin(config.rego(), config.threads());
        return new Validator(
                extractors(config),
                analyzers(config, builtin),
                repositoryAnalyzers(config, builtin),
                toolInfo(),
                Limits.FILE_TIME_BUDGET,
                true);
    }

    /**
     * The extract and principal stages without analyzers: what a revision's files grant, for {@code diff}'s base
     * side, whose findings are not asked for.
     */
    public static Validator modeller(RunConfig config) {
        return new Validator(extractors(config), List.of(), List.of(), toolInfo(), Limits.FILE_TIME_BUDGET, true);
    }

    /** Template and plan extractors first: a template is JSON too, but not a policy document. */
    static List<Extractor> extractors(RunConfig config) {
        RepositoryRoot root = RepositoryRoot.of(config.workingDirectory());
        List<Extractor> extractors = new ArrayList<>();
        extractors.add(new CdkAssemblyExtractor());
        extractors.add(new CloudFormationExtractor());
        // A source directory the invoker named outside the repository is the invoker's choice: its own root.
        RepositoryRoot sourceRoot = config.terraformSource()
                .filter(d -> !root.namesInside(d))
                .map(RepositoryRoot::of)
                .orElse(root);
        extractors.add(new TerraformPlanExtractor(new TerraformPlanExtractor.SourceOptions(
                config.terraformSource(),
                config.workingDirectory().toAbsolutePath().normalize(),
                sourceRoot)));
        extractors.add(new TerraformSourceExtractor(root));
        extractors.add(new RawPolicyExtractor());
        return extractors;
    }

    /** The offline analyzer always; Access Analyzer and Rego packs when the configuration asks. */
    static List<Analyzer> analyzers(RunConfig config, Optional<BuiltinRules> builtin) {
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(offlineAnalyzer(config));
        if (config.aws().enabled()) {
            analyzers.add(AccessAnalyzerAnalyzer.create(config.aws(), config.workingDirectory()));
        }
        analyzers.addAll(RegoAnalyzers.analyzers(builtin));
        return analyzers;
    }

    /**
     * The offline analyzer for a run: the check catalogue ({@link LocalChecks#all()}), plus the offline counterparts
     * of the custom policy checks when the configuration names any (aws.customChecks; they run with or without --aws).
     */
    public static Analyzer offlineAnalyzer(RunConfig config) {
        AwsSettings.CustomChecks custom = config.aws().customChecks();
        List<PolicyCheck> checks = new ArrayList<>(LocalChecks.all());
        if (!custom.actionsNotGranted().isEmpty()
                || !custom.resourcesNotGranted().isEmpty()) {
            checks.add(new AccessNotGrantedCheck(custom.actionsNotGranted(), custom.resourcesNotGranted()));
        }
        if (custom.noPublicAccess()) {
            checks.add(new NoPublicAccessCheck());
        }
        var references = new ReferencePolicies(config.workingDirectory(), custom);
        LocalAnalyzer local = new LocalAnalyzer(checks);
        if (!references.configured()) {
            return local;
        }
        return new CustomChecksAnalyzer(local, references, IamReference.bundled());
    }

    /** Checks over all the policies of a run together. */
    static List<RepositoryAnalyzer> repositoryAnalyzers(RunConfig config, Optional<BuiltinRules> builtin) {
        List<RepositoryAnalyzer> analyzers = new ArrayList<>();
        analyzers.addAll(RegoAnalyzers.repositoryAnalyzers(
                config.rego(),
                builtin,
                config.workingDirectory(),
                OpaExecutable.locate(config.rego().opa(), System.getenv())));
        return analyzers;
    }

    /**
     * {@code iamgate audit --aws}: validates what is deployed in the account (IAM
     * GetAccountAuthorizationDetails) with the offline analyzer and Access Analyzer.
     */
    public static RunReport audit(RunConfig config) throws AnalyzerException {
        try (AccessAnalyzerAnalyzer aws = AccessAnalyzerAnalyzer.create(config.aws(), config.workingDirectory())) {
            return audit(config, aws);
        }
    }

    /** Audit with a given Access Analyzer analyzer (its clients read the account). */
    public static RunReport audit(RunConfig config, AccessAnalyzerAnalyzer aws) throws AnalyzerException {
        DeployedPolicies.Account account = new DeployedPolicies(aws.clients(), aws.awsCalls()).read();
        List<Analyzer> analyzers = List.of(offlineAnalyzer(config), aws);
        return new Validator(
                        List.of(),
                        analyzers,
                        repositoryAnalyzers(config, RegoAnalyzers.builtin(config.rego(), 1)),
                        toolInfo())
                .run(
                        config,
                        account.units(),
                        () -> new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies::bundled)
                                .buildAccount(account.pages(), account.units()));
    }

    public static ToolInfo toolInfo() {
        return new ToolInfo("iamgate", version(), IamReference.bundled().date());
    }

    public static String version() {
        try (InputStream in = Iamgate.class.getResourceAsStream("iamgate.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
