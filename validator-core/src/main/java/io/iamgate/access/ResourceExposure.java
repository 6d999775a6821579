package io.iamgate.access;

import io.iamgate.reference.AccessLevel;
import io.iamgate.reference.Action;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resource exposure: the actions that change who can reach a resource (resource policies, ACLs, grants,
 * sharing with other accounts or the public). Derived from the IAM reference where it can say it: an action
 * the reference files under "Permissions management" whose name writes a policy, permission, ACL, grant,
 * share or access setting. Reads, removals and revocations are left out (they cannot open a resource), and
 * so are the services whose permission actions govern identities rather than resources. Where the reference
 * files a sharing write under "Write", or the name does not say it, {@link #INCLUDED} adds it; where the name
 * misleads, {@link #EXCLUDED_ACTIONS} removes it; each with its reason. Tokens that carry only the caller's
 * own permissions are never exposure (they are reads, or credential actions, elsewhere).
 */
public final class ResourceExposure {

    /** A write verb followed, anywhere in the name, by what it writes. */
    private static final Pattern WRITES =
            Pattern.compile("^(Put|Set|Update|Create|Add|Modify|Authorize|Associate|Grant|BatchGrant)\\w*"
                    + "(Polic(y|ies)|Permissions?|Acl|Grant|Shar(e|ing)|Access|SnapshotAttribute)\\w*$");

    /** Turning off a public-access block opens what it blocked; turning it on is a guard. */
    private static final Pattern UNBLOCKS = Pattern.compile("^Disable\\w*BlockPublicAccess$");

    /** Services whose permission-management actions govern identities, not resources. */
    static final Map<String, String> EXCLUDED_SERVICES = Map.of(
            "iam",
                    "IAM's permission actions change what principals may do: the privilege-escalation catalogue's"
                            + " business, not exposure of a resource",
            "sso", "permission sets are identity policies of workforce users, not resource policies",
            "iot", "IoT policies attach to device certificates and identities, not to resources",
            "quicksight",
                    "QuickSight permissions name QuickSight users, groups and namespaces of its own sharing"
                            + " model, which IAM does not see",
            "grafana", "workspace permissions name the workspace's Identity Center users and groups",
            "monitron", "associates Monitron application users with projects");

    /** Actions whose names match but that open nothing, with the reason. */
    static final Map<String, String> EXCLUDED_ACTIONS = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "organizations:UpdatePolicy",
                    "edits an organization policy (SCP, RCP, backup or tag policy):"
                            + " a guardrail over the organization's accounts, not a grant to another principal"),
            Map.entry(
                    "cloudformation:SetStackPolicy",
                    "a stack policy limits which updates a stack accepts; it" + " grants no principal anything"),
            Map.entry("glacier:SetDataRetrievalPolicy", "sets the account's retrieval rate limit, not access"),
            Map.entry("s3express:PutAccessPointScope", "narrows what an access point can reach"),
            Map.entry(
                    "s3:CreateAccessGrantsInstance",
                    "creates the empty S3 Access Grants instance; grants are" + " s3:CreateAccessGrant"),
            Map.entry(
                    "s3:AssociateAccessGrantsIdentityCenter",
                    "links a directory to S3 Access Grants; grants are" + " s3:CreateAccessGrant"),
            Map.entry(
                    "s3:CreateAccessGrantsLocation",
                    "registers a location for S3 Access Grants; grants are" + " s3:CreateAccessGrant"),
            Map.entry(
                    "s3:UpdateAccessGrantsLocation",
                    "changes the role of a registered location; grants are" + " s3:CreateAccessGrant"),
            Map.entry(
                    "redshift:CreateSnapshotCopyGrant",
                    "lets Redshift use a KMS key of the account to copy"
                            + " snapshots to another Region of the same account"),
            Map.entry("datazone:AddPolicyGrant", "grants users of a DataZone domain rights inside the domain"),
            Map.entry("workspaces:ModifySelfservicePermissions", "sets what a WorkSpace's own user may change"),
            Map.entry(
                    "opsworks:SetPermission",
                    "gives IAM users of the account SSH access to a stack's instances"
                            + " (a shell, not a resource opened to others)")));

    /** Sharing and resource-policy writes the reference files elsewhere, or whose names do not say it. */
    static final Map<String, String> INCLUDED = new TreeMap<>(Map.ofEntries(
            Map.entry("ram:CreateResourceShare", "shares resources with other accounts, an organization or everyone"),
            Map.entry("ram:AssociateResourceShare", "adds resources or principals to a resource share"),
            Map.entry(
                    "ram:EnableSharingWithAwsOrganization",
                    "lets resource shares reach the whole organization" + " without invitations"),
            Map.entry("ec2:ModifyImageAttribute", "launch permissions: shares an AMI with accounts or makes it public"),
            Map.entry(
                    "ec2:ModifyFpgaImageAttribute",
                    "load permissions: shares an FPGA image with accounts or makes" + " it public"),
            Map.entry("rds:ModifyDBSnapshotAttribute", "the restore attribute shares a snapshot with accounts or all"),
            Map.entry(
                    "rds:ModifyDBClusterSnapshotAttribute",
                    "the restore attribute shares a cluster snapshot with" + " accounts or all"),
            Map.entry(
                    "lambda:CreateFunctionUrlConfig",
                    "a function URL with AuthType NONE lets anyone invoke the" + " function"),
            Map.entry("lambda:UpdateFunctionUrlConfig", "can switch a function URL to AuthType NONE"),
            Map.entry("es:UpdateElasticsearchDomainConfig", "sets the domain's access policy"),
            Map.entry("es:UpdateDomainConfig", "sets the domain's access policy"),
            Map.entry("kinesis:PutResourcePolicy", "writes a stream's resource policy (filed under Write)"),
            Map.entry(
                    "codeartifact:PutDomainPermissionsPolicy",
                    "writes a domain's resource policy (filed under" + " Write)"),
            Map.entry(
                    "codeartifact:PutRepositoryPermissionsPolicy",
                    "writes a repository's resource policy (filed" + " under Write)"),
            Map.entry("serverlessrepo:PutApplicationPolicy", "shares an application with accounts or publicly"),
            Map.entry("vpc-lattice:PutResourcePolicy", "shares a service or service network with other accounts"),
            Map.entry("sagemaker:PutModelPackageGroupPolicy", "writes a model package group's resource policy"),
            Map.entry("ds:ShareDirectory", "shares a directory with another account"),
            Map.entry("fsx:ManageBackupPrincipalAssociations", "lets other accounts copy a backup"),
            Map.entry("sqs:SetQueueAttributes", "the queue's Policy is one of its attributes"),
            Map.entry("sns:SetTopicAttributes", "the topic's Policy is one of its attributes")));

    /** The derivation, for a person to read. */
    public static final String RULE = "An action is resource exposure when the IAM reference files it under"
            + " \"Permissions management\" and its name writes a policy, permission, ACL, grant, share or access"
            + " setting (Put..., Set..., Update..., Create..., Add..., Modify..., Authorize..., Associate...,"
            + " Grant... followed by Policy, Permission, Acl, Grant, Share, Access or SnapshotAttribute), or turns"
            + " off a block on public access (Disable...BlockPublicAccess). Reads, removals and revocations never"
            + " open a resource and are not exposure; nor are tokens that carry only the caller's own permissions.";

    private final ActionSet actions;
    private final List<String> names;

    private ResourceExposure(ActionSet actions, List<String> names) {
        this.actions = actions;
        this.names = List.copyOf(names);
    }

    /** Sharing writes added by hand, action to reason, sorted. */
    public static Map<String, String> inclusions() {
        return Collections.unmodifiableMap(INCLUDED);
    }

    /** Actions the derivation would take that open nothing, action to reason, sorted. */
    public static Map<String, String> excludedActions() {
        return Collections.unmodifiableMap(EXCLUDED_ACTIONS);
    }

    /** Services left out whole, prefix to reason, sorted. */
    public static Map<String, String> excludedServices() {
        return Collections.unmodifiableMap(new TreeMap<>(EXCLUDED_SERVICES));
    }

    public static ResourceExposure of(IamReference reference) {
        List<Action> out = new ArrayList<>();
        for (Action a : reference.allActions()) {
            if (derived(a) || INCLUDED.containsKey(a.fullName())) {
                out.add(a);
            }
        }
        List<String> names = new ArrayList<>(out.stream().map(Action::fullName).toList());
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return new ResourceExposure(ActionSet.of(reference, out), names);
    }

    private static boolean derived(Action a) {
        if (a.accessLevel() != AccessLevel.PERMISSIONS_MANAGEMENT
                || EXCLUDED_SERVICES.containsKey(a.service().toLowerCase(Locale.ROOT))
                || EXCLUDED_ACTIONS.containsKey(a.fullName())) {
            return false;
        }
        return WRITES.matcher(a.name()).matches() || UNBLOCKS.matcher(a.name()).matches();
    }

    /** Whether {@code action} (service:Name, any case) is a resource-exposure action. */
    public boolean contains(String action) {
        return actions.contains(action);
    }

    public ActionSet actions() {
        return actions;
    }

    /** The exposure actions, sorted by name. */
    public List<String> names() {
        return names;
    }

    /**
     * The exposure actions the principal may use on every resource without a limiting condition, after its
     * Deny statements and boundary, sorted by name.
     */
    public List<String> grantedOnEveryResource(EffectivePermissions permissions) {
        ActionSet unbounded = permissions.unboundedActions();
        return names.stream().filter(unbounded::contains).toList();
    }
}
