package io.iamgate.principal;

import io.iamgate.extract.TemplateValue;
import io.iamgate.extract.cloudformation.CloudFormationStack;
import io.iamgate.extract.cloudformation.IntrinsicResolver;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.Member;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Links the IAM resources of one CloudFormation template: each role, user, group and permission set with its
 * inline policies, the managed policies it names or that name it, its boundary, groups and trust policy.
 * References are followed by value: every reference is resolved as the policies were (Ref, GetAtt, Sub,
 * parameters, imports) and matched against what each resource's Ref and Arn resolve to, in this template first,
 * then in the stacks deployed with it (the {@link AssemblyIndex}).
 */
final class StackLinker {

    /** A principal being assembled. */
    static final class Draft {
        final String id;
        final PrincipalKind kind;
        final Location definition;
        final String arn;
        final List<Attachment> policies = new ArrayList<>();
        final List<UnknownLink> unknown = new ArrayList<>();
        final Set<String> groupValues = new LinkedHashSet<>();
        final List<String> groups = new ArrayList<>();
        Optional<Attachment> boundary = Optional.empty();
        Optional<PolicyDocument> trust = Optional.empty();
        /** Who can become a principal that has no trust policy (a permission set). */
        Optional<TrustSummary> fixedTrust = Optional.empty();

        Draft(String id, PrincipalKind kind, Location definition, String arn) {
            this.id = id;
            this.kind = kind;
            this.definition = definition;
            this.arn = arn;
        }

        /** A user in {@code group}: it holds the group's policies (marked as the group's) and its unknown links. */
        void joinGroup(Draft group) {
            groups.add(group.id);
            group.policies.forEach(a -> policies.add(a.viaGroup(group.id)));
            unknown.addAll(group.unknown);
        }
    }

    private static final Map<String, PrincipalKind> PRINCIPAL_TYPES = Map.of(
            "AWS::IAM::Role",
            PrincipalKind.ROLE,
            "AWS::IAM::User",
            PrincipalKind.USER,
            "AWS::IAM::Group",
            PrincipalKind.GROUP);
    static final String PERMISSION_SET = "AWS::SSO::PermissionSet";
    private static final Map<String, PrincipalKind> TARGETS =
            Map.of("Roles", PrincipalKind.ROLE, "Users", PrincipalKind.USER, "Groups", PrincipalKind.GROUP);
    private static final Map<String, PrincipalKind> SINGLE_TARGETS = Map.of(
            "AWS::IAM::RolePolicy",
            PrincipalKind.ROLE,
            "AWS::IAM::UserPolicy",
            PrincipalKind.USER,
            "AWS::IAM::GroupPolicy",
            PrincipalKind.GROUP);

    private final CloudFormationStack stack;
    private final IntrinsicResolver resolver;
    private final Map<String, PolicyUnit> units;
    private final Function<String, Optional<Attachment>> awsManaged;
    private final Function<String, String> unknownAwsManaged;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Draft> principalsByValue = new HashMap<>();
    private final AssemblyIndex assembly;
    private final Map<String, String> managedByValue = new HashMap<>();
    private final Set<String> managedAsGrant = new HashSet<>();
    private final Set<String> managedAsBoundary = new HashSet<>();

    /**
     * @param units the units of this file, by origin
     * @param awsManaged an AWS managed policy by ARN, as an attachment without a site, when the snapshot knows it
     * @param unknownAwsManaged why an AWS managed ARN the snapshot does not know is listed as unknown
     * @param assembly the index of the stacks deployed with this one (its own, for a template on its own)
     */
    StackLinker(
            CloudFormationStack stack,
            Map<String, PolicyUnit> units,
            Function<String, Optional<Attachment>> awsManaged,
            Function<String, String> unknownAwsManaged,
            AssemblyIndex assembly) {
        this.assembly = assembly;
        this.stack = stack;
        this.resolver = stack.resolver();
        this.units = units;
        this.awsManaged = awsManaged;
        this.unknownAwsManaged = unknownAwsManaged;
    }

    /**
     * Records the principals and managed policies of the template by the values that reference them. The stacks
     * of a group are linked phase by phase, each phase over every stack ({@code index}, {@link #linkPrincipals},
     * {@link #linkStandalone}, {@link #inheritGroups()}), so that a link from one stack to another finds what it
     * names.
     */
    void index() {
        Map<String, ObjectNode> resources = stack.template().resources();
        for (String id : resources.keySet()) {
            String type = stack.template().resourceType(id).orElse("");
            PrincipalKind kind = PRINCIPAL_TYPES.get(type);
            if (kind != null) {
                String name = text(synthetic("{\"Ref\":" + quote(id) + "}")).orElse(id);
                String arn = text(synthetic("{\"Fn::GetAtt\":[" + quote(id) + ",\"Arn\"]}"))
                        .orElse("");
                Draft d = new Draft(id, kind, definition(id), arn);
                drafts.put(id, d);
                for (String key : List.of(kind + "\0" + name, kind + "\0" + arn)) {
                    principalsByValue.put(key, d);
                    assembly.principal(key, d);
                }
            } else if (type.equals(PERMISSION_SET)) {
                // Its ARN holds IDs IAM Identity Center assigns at creation: not known offline, so not shown.
                drafts.put(id, new Draft(id, PrincipalKind.PERMISSION_SET, definition(id), ""));
            } else if (type.equals("AWS::IAM::ManagedPolicy")) {
                List<String> values = new ArrayList<>();
                text(synthetic("{\"Ref\":" + quote(id) + "}")).ifPresent(values::add);
                property(id, "ManagedPolicyName").flatMap(this::text).ifPresent(values::add);
                for (String value : values) {
                    managedByValue.put(value, id);
                    assembly.managed(value, new AssemblyIndex.ManagedPolicyRef(this, id));
                }
            }
        }
    }

    void linkPrincipals() {
        for (Draft d : drafts.values()) {
            if (d.kind == PrincipalKind.PERMISSION_SET) {
                new PermissionSetLinker(this, d).link();
            } else {
                principalProperties(d);
            }
        }
    }

    void linkStandalone() {
        for (String id : stack.template().resources().keySet()) {
            standalone(id, stack.template().resourceType(id).orElse(""));
        }
    }

    /** Gives each user its groups' policies; returns the principals of the template, linked. */
    List<Draft> inheritGroups() {
        for (Draft d : drafts.values()) {
            if (d.kind == PrincipalKind.USER) {
                inheritGroups(d);
            }
        }
        return List.copyOf(drafts.values());
    }

    /** Managed policies of the template that are a boundary somewhere and never attached as a grant. */
    List<PolicyUnit> boundaryOnly() {
        List<PolicyUnit> out = new ArrayList<>();
        for (String id : managedAsBoundary) {
            if (!managedAsGrant.contains(id)) {
                unit(origin(id, "PolicyDocument")).ifPresent(out::add);
            }
        }
        return out;
    }

    private void principalProperties(Draft d) {
        forEach(d.id, "Policies", (node, site, i) -> {
            Optional<PolicyUnit> unit = unit(origin(d.id, "Policies[" + i + "].PolicyDocument"));
            String name = node instanceof ObjectNode o
                    ? o.get("PolicyName").flatMap(this::text).orElse(d.id)
                    : d.id;
            unit.ifPresent(u -> d.policies.add(
                    new Attachment(name, AttachmentKind.INLINE, u.origin(), "", site, Optional.empty(), u.document())));
        });
        forEach(d.id, "ManagedPolicyArns", (node, site, i) -> attachManaged(d, "ManagedPolicyArns", node, site));
        property(d.id, "PermissionsBoundary").ifPresent(node -> {
            Location site = new Location(propertyPath(d.id, "PermissionsBoundary"), node.span());
            String value = text(node).orElse("");
            Optional<AssemblyIndex.ManagedPolicyRef> managed = managedPolicy(value);
            if (managed.isPresent()) {
                d.boundary =
                        managed.get().owner().customerBoundary(managed.get().id(), value, site);
            } else if (awsManaged.apply(value).isPresent()) {
                d.boundary = awsManaged.apply(value).map(a -> withSite(a, site));
            } else {
                d.unknown.add(unknown("PermissionsBoundary", value, site));
            }
        });
        if (d.kind == PrincipalKind.USER) {
            forEach(d.id, "Groups", (node, site, i) -> text(node).ifPresent(d.groupValues::add));
        }
        if (d.kind == PrincipalKind.ROLE) {
            unit(origin(d.id, "AssumeRolePolicyDocument")).ifPresent(u -> d.trust = Optional.of(u.document()));
        }
    }

    void attachManaged(Draft d, String element, Node node, Location site) {
        String value = text(node).orElse("");
        Optional<AssemblyIndex.ManagedPolicyRef> managed = managedPolicy(value);
        if (managed.isPresent()) {
            managed.get().owner().customerGrant(managed.get().id(), value, site).ifPresent(d.policies::add);
            return;
        }
        Optional<Attachment> aws = awsManaged.apply(value);
        if (aws.isPresent()) {
            d.policies.add(withSite(aws.get(), site));
        } else {
            d.unknown.add(unknown(element, value, site));
        }
    }

    /** The managed policy a value names: one of this template, else one of a stack deployed with it. */
    Optional<AssemblyIndex.ManagedPolicyRef> managedPolicy(String value) {
        String id = managedByValue.get(value);
        return id != null ? Optional.of(new AssemblyIndex.ManagedPolicyRef(this, id)) : assembly.managed(value);
    }

    /** A managed policy of this template, attached as a grant (by this stack or another of its group). */
    Optional<Attachment> customerGrant(String id, String arn, Location site) {
        managedAsGrant.add(id);
        return customer(id, arn, site);
    }

    /** A managed policy of this template, used as a permissions boundary. */
    Optional<Attachment> customerBoundary(String id, String arn, Location site) {
        managedAsBoundary.add(id);
        return customer(id, arn, site);
    }

    private Optional<Draft> principal(PrincipalKind kind, String value) {
        Draft local = principalsByValue.get(kind + "\0" + value);
        return local != null ? Optional.of(local) : assembly.principal(kind + "\0" + value);
    }

    /**
     * Where an attachment is shown: its site in this template, or none when the principal is defined in
     * another stack (a site is a location in the principal's own template).
     */
    private Location siteFor(Draft d, Location site) {
        return drafts.get(d.id) == d ? site : null;
    }

    UnknownLink unknown(String element, String value, Location site) {
        String reason = value.isEmpty()
                ? "a value that cannot be resolved from the template alone: what it" + " links is not known to iamgate"
                : io.iamgate.reference.ManagedPolicies.isAwsManagedArn(value)
                        ? unknownAwsManaged.apply(value)
                        : "a policy outside this template: what it grants is not known to iamgate";
        return new UnknownLink(element, value, reason, site);
    }

    Optional<Attachment> awsManaged(String arn) {
        return awsManaged.apply(arn);
    }

    static Attachment withSite(Attachment a, Location site) {
        return new Attachment(a.name(), a.kind(), a.origin(), a.arn(), site, a.viaGroup(), a.document());
    }

    private Optional<Attachment> customer(String id, String arn, Location site) {
        String name = property(id, "ManagedPolicyName").flatMap(this::text).orElse(id);
        return unit(origin(id, "PolicyDocument"))
                .map(u -> new Attachment(
                        name, AttachmentKind.CUSTOMER_MANAGED, u.origin(), arn, site, Optional.empty(), u.document()));
    }

    /** AWS::IAM::Policy, ManagedPolicy, RolePolicy, UserPolicy, GroupPolicy and UserToGroupAddition. */
    private void standalone(String id, String type) {
        boolean managed = type.equals("AWS::IAM::ManagedPolicy");
        if (managed || type.equals("AWS::IAM::Policy")) {
            String name = property(id, managed ? "ManagedPolicyName" : "PolicyName")
                    .flatMap(this::text)
                    .orElse(id);
            for (Map.Entry<String, PrincipalKind> target : TARGETS.entrySet()) {
                forEach(
                        id,
                        target.getKey(),
                        (node, site, i) -> text(node)
                                .flatMap(v -> principal(target.getValue(), v))
                                .ifPresent(d -> {
                                    if (managed) {
                                        managedAsGrant.add(id);
                                    }
                                    unit(origin(id, "PolicyDocument"))
                                            .ifPresent(u -> d.policies.add(new Attachment(
                                                    name,
                                                    managed ? AttachmentKind.CUSTOMER_MANAGED : AttachmentKind.INLINE,
                                                    u.origin(),
                                                    "",
                                                    siteFor(d, site),
                                                    Optional.empty(),
                                                    u.document())));
                                }));
            }
        } else if (SINGLE_TARGETS.containsKey(type)) {
            PrincipalKind kind = SINGLE_TARGETS.get(type);
            String property =
                    kind == PrincipalKind.ROLE ? "RoleName" : kind == PrincipalKind.USER ? "UserName" : "GroupName";
            property(id, property)
                    .ifPresent(node -> text(node)
                            .flatMap(v -> principal(kind, v))
                            .ifPresent(d -> {
                                String name = property(id, "PolicyName")
                                        .flatMap(this::text)
                                        .orElse(id);
                                unit(origin(id, "PolicyDocument"))
                                        .ifPresent(u -> d.policies.add(new Attachment(
                                                name,
                                                AttachmentKind.INLINE,
                                                u.origin(),
                                                "",
                                                siteFor(d, new Location(propertyPath(id, property), node.span())),
                                                Optional.empty(),
                                                u.document())));
                            }));
        } else if (type.equals("AWS::IAM::UserToGroupAddition")) {
            Optional<String> group = property(id, "GroupName").flatMap(this::text);
            group.ifPresent(g -> forEach(
                    id,
                    "Users",
                    (node, site, i) -> text(node)
                            .flatMap(v -> principal(PrincipalKind.USER, v))
                            .ifPresent(d -> d.groupValues.add(g))));
        }
    }

    private void inheritGroups(Draft user) {
        for (String value : user.groupValues) {
            Draft group = principal(PrincipalKind.GROUP, value).orElse(null);
            if (group == null) {
                user.unknown.add(new UnknownLink(
                        "Groups",
                        value,
                        "a group outside this template: what its policies " + "grant is not known to iamgate",
                        user.definition));
                continue;
            }
            user.joinGroup(group);
        }
    }

    // ---- template access

    interface EntryVisitor {
        void visit(Node entry, Location site, int index);
    }

    /** Each element of a list property (after Fn::If), with its location in the template. */
    void forEach(String id, String name, EntryVisitor visitor) {
        Optional<Node> list = property(id, name).flatMap(n -> resolver.select(n, new LinkedHashSet<>()));
        if (list.isEmpty() || !(list.get() instanceof ArrayNode a)) {
            return;
        }
        ElementPath base = propertyPath(id, name);
        for (int i = 0; i < a.elements().size(); i++) {
            Optional<Node> element = resolver.select(a.elements().get(i), new LinkedHashSet<>());
            if (element.isPresent()) {
                visitor.visit(
                        element.get(),
                        new Location(base.index(i), a.elements().get(i).span()),
                        i);
            }
        }
    }

    Optional<Node> property(String id, String name) {
        return stack.template().properties(id).flatMap(p -> p.get(name));
    }

    static ElementPath propertyPath(String id, String name) {
        return ElementPath.ROOT.value("Resources").value(id).value("Properties").value(name);
    }

    private Location definition(String id) {
        Optional<Member> member = stack.template()
                .root()
                .get("Resources")
                .filter(ObjectNode.class::isInstance)
                .flatMap(r -> ((ObjectNode) r).member(id));
        Node resource = stack.template().resources().get(id);
        return new Location(
                ElementPath.ROOT.value("Resources").value(id),
                member.map(Member::nameSpan).orElse(resource.span()));
    }

    /** A unit's origin as extraction named it (construct paths for a CDK assembly). */
    String origin(String id, String propertyPath) {
        return stack.namer().name(id, stack.template().resources().get(id), propertyPath);
    }

    Optional<PolicyUnit> unit(String origin) {
        return Optional.ofNullable(units.get(origin));
    }

    Optional<String> text(Node node) {
        return resolver.resolve(node, new LinkedHashSet<>()).flatMap(TemplateValue::scalarText);
    }

    private static Node synthetic(String json) {
        return new LocatedJsonParser().parse(json).root();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
