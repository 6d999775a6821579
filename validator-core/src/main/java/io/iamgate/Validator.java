package io.iamgate;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.analyze.principals.PrincipalAnalyzer;
import io.iamgate.config.ConfigException;
import io.iamgate.config.FileSelection;
import io.iamgate.config.RunConfig;
import io.iamgate.extract.ExtractOptions;
import io.iamgate.extract.Extraction;
import io.iamgate.extract.ExtractionException;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.SourceFile;
import io.iamgate.extract.cloudformation.CloudFormationStack;
import io.iamgate.extract.terraform.TerraformPlan;
import io.iamgate.gate.Baseline;
import io.iamgate.gate.Fingerprints;
import io.iamgate.gate.Gate;
import io.iamgate.gate.SuppressionState;
import io.iamgate.load.FileDiscovery;
import io.iamgate.load.FileLoader;
import io.iamgate.load.InputError;
import io.iamgate.load.Limits;
import io.iamgate.load.Position;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.SourceResource;
import io.iamgate.principal.PrincipalModel;
import io.iamgate.principal.PrincipalModelBuilder;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import io.iamgate.report.PolicyResult;
import io.iamgate.report.ReportedFinding;
import io.iamgate.report.RunReport;
import io.iamgate.report.SecretRedactor;
import io.iamgate.report.ToolInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One run of the gate: load -> extract -> analyze -> gate -> report. Files are loaded and extracted
 * concurrently, policies analyzed concurrently; the report's order is the files' sorted order and, in a
 * file, the order the extractor found the policies, so output is deterministic.
 */
public final class Validator {

    private final List<Extractor> extractors;
    private final List<Analyzer> analyzers;
    private final List<RepositoryAnalyzer> repositoryAnalyzers;
    private final ToolInfo tool;
    private final Duration fileTimeBudget;
    private final boolean principals;
    private final ManagedPoliciesPreload preload = new ManagedPoliciesPreload();

    public Validator(
            List<Extractor> extractors,
            List<Analyzer> analyzers,
            List<RepositoryAnalyzer> repositoryAnalyzers,
            ToolInfo tool) {
        this(extractors, analyzers, repositoryAnalyzers, tool, Limits.FILE_TIME_BUDGET, false);
    }

    /** With another time budget per file than {@link Limits#FILE_TIME_BUDGET}. */
    public Validator(
            List<Extractor> extractors,
            List<Analyzer> analyzers,
            List<RepositoryAnalyzer> repositoryAnalyzers,
            ToolInfo tool,
            Duration fileTimeBudget) {
        this(extractors, analyzers, repositoryAnalyzers, tool, fileTimeBudget, false);
    }

    /** With {@code principals}, the templates' roles, users and groups are modelled and checked as wholes. */
    public Validator(
            List<Extractor> extractors,
            List<Analyzer> analyzers,
            List<RepositoryAnalyzer> repositoryAnalyzers,
            ToolInfo tool,
            Duration fileTimeBudget,
            boolean principals) {
        this.extractors = List.copyOf(extractors);
        this.analyzers = List.copyOf(analyzers);
        this.repositoryAnalyzers = List.copyOf(repositoryAnalyzers);
        this.tool = tool;
        this.fileTimeBudget = fileTimeBudget;
        this.principals = principals;
    }

    /** What one file gave: its units, or the error that stopped it. */
    private record FileOutcome(
            List<PolicyUnit> units,
            List<CloudFormationStack> stacks,
            List<TerraformPlan> plans,
            Optional<InputError> error) {
        FileOutcome(List<PolicyUnit> units, Optional<InputError> error) {
            this(units, List.of(), List.of(), error);
        }
    }

    /** What one unit gave: its findings, or the errors of analyzers that could not check it. */
    private record UnitOutcome(PolicyUnit unit, List<Finding> findings, List<InputError> errors) {}

    public RunReport run(RunConfig config) throws IOException {
        FileSelection selection = FileSelection.of(config);
        FileDiscovery discovery = new FileDiscovery(config.workingDirectory(), selection::excluded);
        List<FileDiscovery.Candidate> candidates = discovery.discover(config.paths()).stream()
                .filter(c -> c.explicit() || selection.included(c.displayPath()))
                .toList();
        List<InputError> errors = new ArrayList<>();
        Gate gate = gate(config, discovery, errors);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemonThreads());
        try {
            List<Future<FileOutcome>> files = new ArrayList<>();
            for (FileDiscovery.Candidate c : candidates) {
                ExtractOptions options = selection.extractOptions(c.displayPath());
                files.add(pool.submit(() -> extract(c, options, config.skipUnrecognized())));
            }
            List<PolicyUnit> units = new ArrayList<>();
            List<CloudFormationStack> stacks = new ArrayList<>();
            List<TerraformPlan> plans = new ArrayList<>();
            for (Future<FileOutcome> f : files) {
                FileOutcome outcome = join(f);
                units.addAll(outcome.units());
                stacks.addAll(outcome.stacks());
                plans.addAll(outcome.plans());
                outcome.error().ifPresent(errors::add);
            }
            return analyzeUnits(
                    config,
                    gate,
                    units,
                    errors,
                    candidates.stream()
                            .map(FileDiscovery.Candidate::displayPath)
                            .toList(),
                    () -> principalModel(stacks, plans, units),
                    stacks.stream()
                            .flatMap(s -> s.suppressingResources().stream())
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Analyzes policy units that did not come from files (e.g. {@code iamgate audit}: what is deployed), with
     * the same merge, gate and report as {@link #run}.
     */
    public RunReport run(RunConfig config, List<PolicyUnit> units) {
        List<InputError> errors = new ArrayList<>();
        Gate gate = gate(config, new FileDiscovery(config.workingDirectory(), path -> false), errors);
        return analyzeUnits(config, gate, units, errors, List.of(), () -> PrincipalModel.EMPTY, List.of());
    }

    /** As {@link #run(RunConfig, List)}, with the principals {@code model} builds (e.g. an account's). */
    public RunReport run(RunConfig config, List<PolicyUnit> units, java.util.function.Supplier<PrincipalModel> model) {
        List<InputError> errors = new ArrayList<>();
        Gate gate = gate(config, new FileDiscovery(config.workingDirectory(), path -> false), errors);
        return analyzeUnits(config, gate, units, errors, List.of(), model, List.of());
    }

    /** The principals of the run's templates (a failure is made an error of the run by {@link #guarded}). */
    private PrincipalModel principalModel(
            List<CloudFormationStack> stacks, List<TerraformPlan> plans, List<PolicyUnit> units) {
        boolean organizationPolicies = units.stream()
                .anyMatch(u -> u.policyType() == PolicyType.SERVICE_CONTROL_POLICY
                        || u.policyType() == PolicyType.RESOURCE_CONTROL_POLICY);
        if (!principals || (stacks.isEmpty() && plans.isEmpty() && !organizationPolicies)) {
            return PrincipalModel.EMPTY;
        }
        return new PrincipalModelBuilder(IamReference.bundled(), ManagedPolicies::bundled).build(stacks, plans, units);
    }

    /** A model, or none and an error of the run when building it failed: never a silent skip. */
    private static PrincipalModel guarded(java.util.function.Supplier<PrincipalModel> model, List<InputError> errors) {
        try {
            return model.get();
        } catch (RuntimeException e) {
            errors.add(
                    new InputError(
                            "(principals)",
                            "the principal stage failed (" + e
                                    + "); roles, users and groups were not checked as wholes; please report this as an iamgate bug"));
            return PrincipalModel.EMPTY;
        }
    }

    /**
     * Access Analyzer calls wait on the network, not the CPU: with --aws the analysis pool grows so that
     * enough calls are in flight to use the configured request rate (2 s of requests, at most 64 threads).
     */
    static int analysisThreads(RunConfig config) {
        if (!config.aws().enabled()) {
            return config.threads();
        }
        int inFlight = (int) Math.ceil(config.aws().maxRequestsPerSecond() * 2);
        return Math.max(config.threads(), Math.min(64, inFlight));
    }

    /** @param suppressing the resources that declare suppressions in the code, whether or not they hold a policy */
    private RunReport analyzeUnits(
            RunConfig config,
            Gate gate,
            List<PolicyUnit> units,
            List<InputError> errors,
            List<String> files,
            java.util.function.Supplier<PrincipalModel> principals,
            List<SourceResource> suppressing) {
        ExecutorService pool = Executors.newFixedThreadPool(analysisThreads(config), daemonThreads());
        FileTimeBudget budget = new FileTimeBudget(fileTimeBudget);
        try {
            List<Future<UnitOutcome>> analyses = new ArrayList<>();
            for (PolicyUnit unit : units) {
                analyses.add(pool.submit(() -> budget.run(unit.file(), () -> analyze(unit))
                        .orElseGet(() -> outOfTime(unit, budget.perFile()))));
            }
            // The principal stage runs on this thread while the pool analyzes the policies: it needs none of their
            // findings, and it is a large part of a run's critical path otherwise. Its errors are kept apart and
            // added where they were when the stages ran one after the other, so the report's order is unchanged.
            List<InputError> modelErrors = new ArrayList<>();
            PrincipalModel model = guarded(principals, modelErrors);
            List<InputError> principalErrors = new ArrayList<>();
            List<RepositoryAnalyzer.UnitFinding> principalFindings = principalFindings(model, principalErrors);
            errors.addAll(modelErrors);
            // By identity: a unit is one policy found in one place, and a record's hash would walk its document.
            Map<PolicyUnit, List<Finding>> findings = new IdentityHashMap<>();
            List<PolicyUnit> order = new ArrayList<>(units.size());
            for (Future<UnitOutcome> f : analyses) {
                UnitOutcome outcome = join(f);
                findings.put(outcome.unit(), new ArrayList<>(outcome.findings()));
                order.add(outcome.unit());
                errors.addAll(outcome.errors());
            }
            for (RepositoryAnalyzer repo : repositoryAnalyzers) {
                try {
                    for (RepositoryAnalyzer.UnitFinding uf : repo.analyzeRepository(units)) {
                        findings.computeIfAbsent(uf.unit(), u -> {
                                    order.add(u);
                                    return new ArrayList<>();
                                })
                                .add(uf.finding());
                    }
                } catch (AnalyzerException e) {
                    errors.add(new InputError("(repository)", repo.name() + ": " + e.getMessage()));
                }
            }
            for (PolicyUnit unit : model.boundaryOnly()) {
                // A boundary grants nothing: what it allows is judged at the principals it bounds.
                findings.getOrDefault(unit, new ArrayList<>()).removeIf(PrincipalAnalyzer::isGrantFinding);
            }
            errors.addAll(principalErrors);
            Map<String, List<PolicyUnit>> principalUnits = new LinkedHashMap<>();
            // One report entry per principal, whichever analyzer made the unit that stands for it.
            Map<String, PolicyUnit> principalUnit = new HashMap<>();
            Map<String, List<PolicyUnit>> unitsByFile = new HashMap<>();
            units.forEach(u -> unitsByFile
                    .computeIfAbsent(u.file(), f -> new ArrayList<>())
                    .add(u));
            for (RepositoryAnalyzer.UnitFinding found : principalFindings) {
                PolicyUnit unit = principalUnit.computeIfAbsent(
                        found.unit().file() + "\n" + found.unit().origin(),
                        k -> heldLikeItsPolicies(
                                found.unit(),
                                unitsByFile.getOrDefault(found.unit().file(), List.of())));
                RepositoryAnalyzer.UnitFinding uf = new RepositoryAnalyzer.UnitFinding(unit, found.finding());
                findings.computeIfAbsent(uf.unit(), u -> {
                            principalUnits
                                    .computeIfAbsent(u.file(), f -> new ArrayList<>())
                                    .add(u);
                            return new ArrayList<>();
                        })
                        .add(uf.finding());
            }
            BranchTwins.dropSecondReadings(order, findings);
            List<PolicyResult> results = new ArrayList<>();
            for (PolicyUnit unit : withPrincipalUnits(order, principalUnits)) {
                results.add(decide(gate, unit, merge(findings.get(unit))));
            }
            List<InputError> redacted = errors.stream()
                    .map(err -> new InputError(err.file(), SecretRedactor.redact(err.message())))
                    .toList();
            java.util.Set<String> checked = new java.util.HashSet<>(files);
            errors.forEach(err -> checked.remove(err.file()));
            return new RunReport(
                    tool,
                    files.size(),
                    results,
                    redacted,
                    gate.staleBaselineEntries(checked),
                    model.principals(),
                    model.organizationPolicies(),
                    gate.unusedSuppressions(checked, units, suppressing));
        } finally {
            pool.shutdownNow();
            budget.close();
        }
    }

    /**
     * The findings of the principal checks and of the repository analyzers' principal rules; none, and no work, for a
     * run without principals. A failure is an error of the run in {@code errors}: a bug must not pass the gate.
     */
    private List<RepositoryAnalyzer.UnitFinding> principalFindings(PrincipalModel model, List<InputError> errors) {
        if (model.principals().isEmpty()) {
            return List.of();
        }
        List<RepositoryAnalyzer.UnitFinding> out = new ArrayList<>();
        try {
            out.addAll(new PrincipalAnalyzer().analyze(model));
        } catch (RuntimeException e) {
            errors.add(
                    new InputError(
                            "(principals)",
                            "the principal checks failed (" + e
                                    + "); roles, users and groups were not checked as wholes; please report this as an iamgate bug"));
        }
        for (RepositoryAnalyzer repo : repositoryAnalyzers) {
            try {
                out.addAll(repo.analyzePrincipals(model.principals()));
            } catch (AnalyzerException e) {
                errors.add(new InputError("(principals)", repo.name() + ": " + e.getMessage()));
            }
        }
        return out;
    }

    /**
     * A principal's unit, held by the resource that defines it (its names and the suppressions written on it), as
     * the policies that resource holds are ({@code Resources.AppRole} holds {@code Resources.AppRole.Properties...}),
     * so that a suppression on a role covers the findings about the role as a whole too.
     */
    private static PolicyUnit heldLikeItsPolicies(PolicyUnit principal, List<PolicyUnit> sameFile) {
        if (principal.origin().isEmpty() || !principal.resource().names().isEmpty()) {
            return principal;
        }
        String below = principal.origin() + ".";
        return sameFile.stream()
                .filter(u ->
                        u.origin().startsWith(below) && !u.resource().names().isEmpty())
                .findFirst()
                .map(u -> principal.withResource(u.resource()))
                .orElse(principal);
    }

    /** The principals' units after the last policy of their file, so the report keeps the files' order. */
    private static List<PolicyUnit> withPrincipalUnits(List<PolicyUnit> order, Map<String, List<PolicyUnit>> extra) {
        if (extra.isEmpty()) {
            return order;
        }
        Map<String, List<PolicyUnit>> pending = new LinkedHashMap<>(extra);
        List<PolicyUnit> out = new ArrayList<>(order.size() + extra.size());
        for (int i = 0; i < order.size(); i++) {
            out.add(order.get(i));
            String file = order.get(i).file();
            boolean lastOfFile =
                    i + 1 == order.size() || !order.get(i + 1).file().equals(file);
            if (lastOfFile && pending.containsKey(file)) {
                out.addAll(pending.remove(file));
            }
        }
        pending.values().forEach(out::addAll);
        return out;
    }

    private FileOutcome extract(FileDiscovery.Candidate candidate, ExtractOptions options, boolean skipUnrecognized) {
        if (candidate.refused().isPresent()) {
            return new FileOutcome(
                    List.of(),
                    Optional.of(new InputError(
                            candidate.displayPath(), candidate.refused().get())));
        }
        FileLoader.Result loaded = new FileLoader().load(candidate.path(), candidate.displayPath());
        if (loaded instanceof FileLoader.Failed failed) {
            return new FileOutcome(List.of(), Optional.of(failed.error()));
        }
        SourceFile file = new SourceFile(((FileLoader.Loaded) loaded).file(), candidate.explicit());
        if (principals) {
            // Before extracting it: the preload gets the head start of this file's extraction too.
            preload.startFor(file.text());
        }
        try {
            for (Extractor extractor : extractors) {
                Optional<Extraction> extracted = extractor.extractAll(file, options);
                if (extracted.isPresent()) {
                    if (principals) {
                        preload.startFor(extracted.get(), file.text());
                    }
                    return new FileOutcome(
                            extracted.get().units(),
                            extracted.get().stacks(),
                            extracted.get().plans(),
                            Optional.empty());
                }
            }
        } catch (ExtractionException e) {
            return new FileOutcome(List.of(), Optional.of(new InputError(candidate.displayPath(), e.getMessage())));
        }
        if (candidate.explicit() && !skipUnrecognized) {
            return new FileOutcome(
                    List.of(),
                    Optional.of(
                            new InputError(
                                    candidate.displayPath(),
                                    "holds no IAM policy iamgate recognises (a policy document, CloudFormation template, Terraform "
                                            + "plan JSON or CDK cloud assembly); name its type with --policy-type if it is a policy")));
        }
        return new FileOutcome(List.of(), Optional.empty());
    }

    private UnitOutcome analyze(PolicyUnit unit) {
        List<Finding> findings = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        findings.addAll(unit.sourceFindings()); // e.g. values not known until deployment: reported as not checked
        if (unit.document().isUnknown()) {
            return new UnitOutcome(unit, findings, errors); // not known until apply: its finding says so
        }
        Optional<String> tooLarge = PolicyLimits.exceeded(unit.document());
        if (tooLarge.isPresent()) {
            errors.add(new InputError(
                    unit.file(), (unit.origin().isEmpty() ? "the policy" : unit.origin()) + " " + tooLarge.get()));
            return new UnitOutcome(unit, findings, errors);
        }
        for (Analyzer analyzer : analyzers) {
            try {
                findings.addAll(io.iamgate.extract.Placeholders.opaque(unit, analyzer.analyze(unit)));
            } catch (CancellationException e) {
                throw e; // the file's time budget ran out: see outOfTime
            } catch (AnalyzerException e) {
                errors.add(new InputError(
                        unit.file(),
                        analyzer.name() + " analyzer could not check "
                                + (unit.origin().isEmpty() ? "the policy" : unit.origin()) + ": " + e.getMessage()));
            } catch (RuntimeException e) {
                // A bug must not pass the gate: the policy counts as not checked.
                errors.add(new InputError(
                        unit.file(),
                        analyzer.name() + " analyzer failed on "
                                + (unit.origin().isEmpty() ? "the policy" : unit.origin()) + " (" + e
                                + "); please report this as an iamgate bug"));
            }
        }
        return new UnitOutcome(unit, findings, errors);
    }

    /** A policy whose file's time budget ran out: not checked, an error that names the file. */
    private static UnitOutcome outOfTime(PolicyUnit unit, Duration budget) {
        return new UnitOutcome(
                unit,
                List.of(),
                List.of(new InputError(
                        unit.file(),
                        "analysing "
                                + (unit.origin().isEmpty() ? "the policy" : unit.origin())
                                + " did not finish within the time budget of "
                                + (budget.toMillis() % 1000 == 0
                                        ? budget.toSeconds() + " s"
                                        : budget.toMillis() + " ms")
                                + " per file, so it is not checked; simplify the policy (fewer or shorter "
                                + "wildcard entries) or split the file")));
    }

    /** The same issue at the same path from two analyzers is one finding, credited to both. */
    static List<Finding> merge(List<Finding> findings) {
        Map<String, Finding> merged = new LinkedHashMap<>();
        for (Finding f : findings) {
            merged.merge(f.issueCode() + "\0" + f.primaryPath(), f, (a, b) -> a.withAnalyzers(b.analyzers()));
        }
        List<Finding> out = new ArrayList<>(merged.values());
        out.sort(Comparator.comparingInt(Validator::firstOffset).thenComparing(Finding::issueCode));
        return out;
    }

    private static int firstOffset(Finding f) {
        return f.locations().isEmpty() ? 0 : f.locations().get(0).span().start().offset();
    }

    /** The gate of a run: its failOn, suppressions and baseline (a baseline that cannot be read is an error). */
    private static Gate gate(RunConfig config, FileDiscovery discovery, List<InputError> errors) {
        Optional<Baseline> baseline = Optional.empty();
        String baselineName = "";
        if (config.baseline().isPresent()) {
            Path file = config.workingDirectory().resolve(config.baseline().get());
            baselineName = discovery.display(file);
            try {
                baseline = Optional.of(Baseline.read(file, baselineName));
            } catch (ConfigException e) {
                // Fail closed: without its baseline every finding blocks, and the run says why.
                String m = e.getMessage();
                errors.add(new InputError(
                        baselineName,
                        m.startsWith(baselineName + ":")
                                ? m.substring(baselineName.length() + 1).replaceFirst("^\\d*:? ?", "")
                                : m));
            }
        }
        return new Gate(config.failOn(), config.suppressions(), baseline, baselineName, LocalDate.now(ZoneOffset.UTC));
    }

    /** Secrets are redacted here, once, before any reporter sees a finding. */
    private static PolicyResult decide(Gate gate, PolicyUnit unit, List<Finding> findings) {
        List<ReportedFinding> reported = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Position at = filePosition(unit, f);
            String fingerprint = Fingerprints.of(unit, f);
            Gate.Decision decision = gate.decide(unit, f, fingerprint);
            Finding shown = new Finding(
                    f.findingType(),
                    f.issueCode(),
                    SecretRedactor.redact(f.findingDetails()),
                    f.learnMoreLink(),
                    f.locations(),
                    f.analyzers());
            // A suppression's reason is user text too: it may quote a key.
            Optional<SuppressionState> suppression = decision.suppression()
                    .map(st -> new SuppressionState(
                            st.by(), SecretRedactor.redact(st.reason()), st.expires(), st.expired()));
            reported.add(
                    new ReportedFinding(shown, at.line(), at.column(), decision.blocking(), fingerprint, suppression));
        }
        return new PolicyResult(unit, reported);
    }

    /** Where in its file a finding is shown: its first location, or the whole policy for one without any. */
    static Position filePosition(PolicyUnit unit, Finding f) {
        return f.locations().isEmpty()
                ? unit.sourceMapping().filePosition(unit.document().wholeDocument())
                : unit.sourceMapping().filePosition(f.locations().get(0));
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "iamgate-worker");
            t.setDaemon(true);
            return t;
        };
    }
}
