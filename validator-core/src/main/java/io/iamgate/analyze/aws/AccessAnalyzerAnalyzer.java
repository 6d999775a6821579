package io.iamgate.analyze.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.local.custom.CustomCheckCodes;
import io.iamgate.analyze.local.custom.ReferencePolicies;
import io.iamgate.model.Finding;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.accessanalyzer.model.Access;
import software.amazon.awssdk.services.accessanalyzer.model.AccessCheckPolicyType;
import software.amazon.awssdk.services.accessanalyzer.model.CheckAccessNotGrantedResponse;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoNewAccessResponse;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoPublicAccessResponse;
import software.amazon.awssdk.services.accessanalyzer.model.Locale;
import software.amazon.awssdk.services.accessanalyzer.model.ReasonSummary;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyFinding;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyResourceType;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyResponse;

/**
 * Asks IAM Access Analyzer: ValidatePolicy for every unit (all pages), and the custom policy checks the
 * configuration names. The policy text is sent verbatim, so the returned locations are positions in our
 * own text. Thread-safe: the engine calls it from its worker pool; calls share one rate limiter.
 */
public final class AccessAnalyzerAnalyzer implements Analyzer, AutoCloseable {

    public static final String NAME = "aws";

    /**
     * AWS's own cfn-policy-validator does not send policies of this many non-whitespace characters or more
     * (ValidatePolicy refuses them); we report that the policy was not checked instead.
     */
    public static final int VALIDATE_POLICY_MAX_CHARS = 32_768;

    public static final String SIZE_CODE = "POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM";
    /** The API's limits for one CheckAccessNotGranted `access` item (and one item per call). */
    static final int MAX_ACTIONS_PER_CALL = 100;

    static final int MAX_RESOURCES_PER_CALL = 100;

    private static final Set<String> VALIDATE_RESOURCE_TYPES = ValidatePolicyResourceType.knownValues().stream()
            .map(ValidatePolicyResourceType::toString)
            .collect(Collectors.toUnmodifiableSet());

    private final AwsSettings settings;
    private final AwsSettings.CustomChecks checks;
    private final ReferencePolicies references;
    private final ResultCache cache;
    private final RetryPolicy retry;
    private final RateLimiter limiter;
    private final Optional<AwsCredentialsProvider> credentials;
    private volatile AwsClients clients;
    private volatile AwsCalls calls;
    private volatile AnalyzerException setupFailure;

    public AccessAnalyzerAnalyzer(
            AwsSettings settings,
            Path workingDirectory,
            ResultCache cache,
            RetryPolicy retry,
            Optional<AwsCredentialsProvider> credentials) {
        this.settings = settings;
        this.checks = settings.customChecks();
        this.references = new ReferencePolicies(workingDirectory, checks);
        this.cache = cache;
        this.retry = retry;
        this.limiter = new RateLimiter(settings.maxRequestsPerSecond());
        this.credentials = credentials;
    }

    /**
     * The analyzer a run's settings ask for: default chains, the user cache unless --no-cache. The working directory
     * is where the custom checks' reference policies are read from.
     */
    public static AccessAnalyzerAnalyzer create(AwsSettings aws, Path workingDirectory) {
        return new AccessAnalyzerAnalyzer(
                aws,
                workingDirectory,
                aws.cache() ? ResultCache.in(ResultCache.defaultDirectory()) : ResultCache.disabled(),
                RetryPolicy.DEFAULT,
                Optional.empty());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** HTTP attempts made so far (cache hits make none). */
    public long callCount() {
        return calls == null ? 0 : calls.attempts();
    }

    @Override
    public List<Finding> analyze(PolicyUnit unit) throws AnalyzerException {
        List<Finding> findings = new ArrayList<>();
        String text = unit.document().text();
        if (nonWhitespace(text) >= VALIDATE_POLICY_MAX_CHARS) {
            findings.add(tooLarge(unit));
        } else {
            findings.addAll(validatePolicy(unit));
        }
        if (unit.document().syntaxError().isPresent()) {
            return findings; // the custom checks need a policy; JSON_SYNTAX_ERROR already blocks
        }
        Optional<AccessCheckPolicyType> accessType = accessCheckPolicyType(unit);
        if (accessType.isPresent()
                && (!checks.actionsNotGranted().isEmpty()
                        || !checks.resourcesNotGranted().isEmpty())) {
            findings.addAll(checkAccessNotGranted(unit, accessType.get()));
        }
        if (checks.noPublicAccess()
                && unit.policyType().hasPrincipals()
                && CustomCheckCodes.checksPublicAccess(unit.effectiveResourceType())) {
            findings.addAll(checkNoPublicAccess(unit));
        }
        if (accessType.isPresent() && references.configured()) {
            Optional<String> reference;
            try {
                reference = references.referenceFor(unit);
            } catch (IOException e) {
                throw new AnalyzerException(e.getMessage(), e);
            }
            if (reference.isPresent()) {
                findings.addAll(checkNoNewAccess(unit, accessType.get(), reference.get()));
            }
        }
        return findings;
    }

    private List<Finding> validatePolicy(PolicyUnit unit) throws AnalyzerException {
        String policyType = unit.policyType().accessAnalyzerPolicyType();
        String resourceType = policyType.equals(PolicyType.RESOURCE_POLICY.name())
                        && unit.effectiveResourceType() != null
                        && VALIDATE_RESOURCE_TYPES.contains(unit.effectiveResourceType())
                ? unit.effectiveResourceType()
                : null;
        String text = unit.document().text();
        return cached(ResultCache.key("ValidatePolicy", text, policyType, resourceType, "EN"), () -> {
            List<Finding> out = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                ValidatePolicyResponse page = api().call(
                                "ValidatePolicy",
                                () -> clients.accessAnalyzer()
                                        .validatePolicy(b -> b.policyDocument(text)
                                                .policyType(policyType)
                                                .validatePolicyResourceType(resourceType)
                                                .locale(Locale.EN)
                                                .nextToken(next)));
                for (ValidatePolicyFinding f : page.findings()) {
                    out.add(ApiFindings.of(f));
                }
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
            return out;
        });
    }

    /** Every batch of ≤100 actions × ≤100 resources is one call; the policy fails if any batch fails. */
    private List<Finding> checkAccessNotGranted(PolicyUnit unit, AccessCheckPolicyType type) throws AnalyzerException {
        String text = unit.document().text();
        List<String> actions = checks.actionsNotGranted();
        List<String> resources = checks.resourcesNotGranted();
        String key = ResultCache.key(
                "CheckAccessNotGranted",
                text,
                type.toString(),
                String.join("\n", actions),
                "|",
                String.join("\n", resources));
        return cached(key, () -> {
            Map<Integer, Finding> byStatement = new LinkedHashMap<>();
            for (List<String> actionBatch : batches(actions, MAX_ACTIONS_PER_CALL)) {
                for (List<String> resourceBatch : batches(resources, MAX_RESOURCES_PER_CALL)) {
                    Access.Builder access = Access.builder();
                    if (!actionBatch.isEmpty()) {
                        access.actions(actionBatch);
                    }
                    if (!resourceBatch.isEmpty()) {
                        access.resources(resourceBatch);
                    }
                    Access item = access.build();
                    CheckAccessNotGrantedResponse r = api().call(
                                    "CheckAccessNotGranted",
                                    () -> clients.accessAnalyzer()
                                            .checkAccessNotGranted(b -> b.policyDocument(text)
                                                    .policyType(type)
                                                    .access(item)));
                    if ("FAIL".equals(r.resultAsString())) {
                        addReasons(byStatement, unit, CustomCheckCodes.ACCESS_GRANTED, r.message(), r.reasons());
                    }
                }
            }
            return new ArrayList<>(byStatement.values());
        });
    }

    private List<Finding> checkNoPublicAccess(PolicyUnit unit) throws AnalyzerException {
        String text = unit.document().text();
        String resourceType = unit.effectiveResourceType();
        return cached(ResultCache.key("CheckNoPublicAccess", text, resourceType), () -> {
            CheckNoPublicAccessResponse r = api().call(
                            "CheckNoPublicAccess",
                            () -> clients.accessAnalyzer()
                                    .checkNoPublicAccess(
                                            b -> b.policyDocument(text).resourceType(resourceType)));
            Map<Integer, Finding> out = new LinkedHashMap<>();
            if ("FAIL".equals(r.resultAsString())) {
                addReasons(out, unit, CustomCheckCodes.PUBLIC_ACCESS, r.message(), r.reasons());
            }
            return new ArrayList<>(out.values());
        });
    }

    private List<Finding> checkNoNewAccess(PolicyUnit unit, AccessCheckPolicyType type, String existing)
            throws AnalyzerException {
        String text = unit.document().text();
        return cached(ResultCache.key("CheckNoNewAccess", text, type.toString(), existing), () -> {
            CheckNoNewAccessResponse r = api().call(
                            "CheckNoNewAccess",
                            () -> clients.accessAnalyzer()
                                    .checkNoNewAccess(b -> b.newPolicyDocument(text)
                                            .existingPolicyDocument(existing)
                                            .policyType(type)));
            Map<Integer, Finding> out = new LinkedHashMap<>();
            if ("FAIL".equals(r.resultAsString())) {
                addReasons(out, unit, CustomCheckCodes.NEW_ACCESS, r.message(), r.reasons());
            }
            return new ArrayList<>(out.values());
        });
    }

    /** One finding per statement named by the reasons; a FAIL without reasons points at the document. */
    private static void addReasons(
            Map<Integer, Finding> out, PolicyUnit unit, String code, String message, List<ReasonSummary> reasons) {
        String head = message == null ? "" : message;
        if (reasons.isEmpty()) {
            out.putIfAbsent(-1, customFinding(code, head, unit.document().wholeDocument()));
            return;
        }
        for (ReasonSummary reason : reasons) {
            int index = reason.statementIndex() == null ? -1 : reason.statementIndex();
            String details = reason.description() == null ? head : (head + " " + reason.description()).trim();
            out.putIfAbsent(index, customFinding(code, details, statementLocation(unit, index)));
        }
    }

    private static Finding customFinding(String code, String details, Location location) {
        return Finding.of(
                FindingType.SECURITY_WARNING, code, details, CustomCheckCodes.LEARN_MORE, NAME, List.of(location));
    }

    /** [Statement, i] spanning the statement object (or [Statement] for a single statement object). */
    static Location statementLocation(PolicyUnit unit, int index) {
        for (Statement s : unit.document().statements()) {
            if (s.index() == index || (s.index() == -1 && index == 0)) {
                return s.location();
            }
        }
        return unit.document().wholeDocument();
    }

    private static Optional<AccessCheckPolicyType> accessCheckPolicyType(PolicyUnit unit) {
        return switch (unit.policyType()) {
            case IDENTITY_POLICY -> Optional.of(AccessCheckPolicyType.IDENTITY_POLICY);
            case RESOURCE_POLICY -> Optional.of(AccessCheckPolicyType.RESOURCE_POLICY);
            default -> Optional.empty();
        };
    }

    private static Finding tooLarge(PolicyUnit unit) {
        return Finding.of(
                FindingType.ERROR,
                SIZE_CODE,
                "The policy has " + nonWhitespace(unit.document().text())
                        + " non-whitespace characters, more than Access Analyzer's ValidatePolicy accepts (under "
                        + VALIDATE_POLICY_MAX_CHARS + "). It was NOT checked by AWS (iamgate's own finding); split the "
                        + "policy, or accept this finding to rely on the offline checks only.",
                "",
                NAME,
                List.of(unit.document().wholeDocument()));
    }

    static int nonWhitespace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static List<List<String>> batches(List<String> items, int size) {
        List<List<String>> out = new ArrayList<>();
        if (items.isEmpty()) {
            out.add(List.of());
            return out;
        }
        for (int i = 0; i < items.size(); i += size) {
            out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
        }
        return out;
    }

    @FunctionalInterface
    private interface Work {
        List<Finding> run() throws AnalyzerException;
    }

    private List<Finding> cached(String key, Work work) throws AnalyzerException {
        Optional<JsonNode> hit = cache.get(key);
        if (hit.isPresent()) {
            try {
                return FindingCodec.decode(hit.get(), NAME);
            } catch (RuntimeException e) {
                // an entry in an unexpected shape is a miss; the call below rewrites it
            }
        }
        List<Finding> findings = work.run();
        cache.put(key, FindingCodec.encode(findings));
        return findings;
    }

    /** Builds the clients on first use; a setup failure is kept, so every unit reports the same cause. */
    private AwsCalls api() throws AnalyzerException {
        if (calls != null) {
            return calls;
        }
        synchronized (this) {
            if (setupFailure != null) {
                throw setupFailure;
            }
            if (calls == null) {
                try {
                    clients = AwsClients.create(settings, credentials);
                } catch (AnalyzerException e) {
                    setupFailure = e;
                    throw e;
                }
                calls = new AwsCalls(limiter, retry, clients.endpoint());
            }
            return calls;
        }
    }

    /** The IAM client of the same configuration, for audit. */
    public AwsClients clients() throws AnalyzerException {
        api();
        return clients;
    }

    public AwsCalls awsCalls() throws AnalyzerException {
        return api();
    }

    @Override
    public void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
