package io.iamgate.principal;

import io.iamgate.extract.cloudformation.StackEnvironment;
import io.iamgate.extract.terraform.TerraformPlan;
import io.iamgate.extract.terraform.TerraformPlan.Resource;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ArrayNode;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.Node.StringNode;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.ManagedPolicies;
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
 * Links the IAM resources of one Terraform plan: each aws_iam_role, aws_iam_user and aws_iam_group with its
 * inline policies, the policies attached to it by the attachment resources, its boundary, groups and trust
 * policy, and each aws_ssoadmin_permission_set with what the aws_ssoadmin_* resources attach to it. A link is followed by its planned value (a name or ARN); a value known only after apply (the ARN of
 * a policy the plan creates) is followed through the references of its configuration expression, as
 * Terraform wires it. What leads outside the plan, or through a module output or variable, is an unknown link.
 */
final class PlanLinker {

    private static final Map<String, PrincipalKind> PRINCIPAL_TYPES = Map.of(
            "aws_iam_role",
            PrincipalKind.ROLE,
            "aws_iam_user",
            PrincipalKind.USER,
            "aws_iam_group",
            PrincipalKind.GROUP);
    private static final Map<String, PrincipalKind> TYPES_OF_KIND = Map.of(
            "aws_iam_role_policy",
            PrincipalKind.ROLE,
            "aws_iam_user_policy",
            PrincipalKind.USER,
            "aws_iam_group_policy",
            PrincipalKind.GROUP,
            "aws_iam_role_policy_attachment",
            PrincipalKind.ROLE,
            "aws_iam_user_policy_attachment",
            PrincipalKind.USER,
            "aws_iam_group_policy_attachment",
            PrincipalKind.GROUP);
    private static final Map<PrincipalKind, String> SINGLE_ATTRIBUTE =
            Map.of(PrincipalKind.ROLE, "role", PrincipalKind.USER, "user", PrincipalKind.GROUP, "group");
    private static final Map<PrincipalKind, String> LIST_ATTRIBUTE =
            Map.of(PrincipalKind.ROLE, "roles", PrincipalKind.USER, "users", PrincipalKind.GROUP, "groups");
    private static final Set<String> NOT_RESOURCES =
            Set.of("module", "var", "local", "each", "count", "data", "path", "self", "terraform");
    private static final String PERMISSION_SET = "aws_ssoadmin_permission_set";
    /** Module outputs and inputs followed for one attribute, at most. */
    private static final int MAX_WIRING = 64;

    /** Where a link leads: a resource of the plan, else the value itself (empty when known only after apply). */
    private record Link(String value, Optional<Resource> target, Location site, String unresolved) {}

    private final TerraformPlan plan;
    private final Map<String, PolicyUnit> units;
    private final Function<String, Optional<Attachment>> awsManaged;
    private final Function<String, String> unknownAwsManaged;
    private final Map<String, StackLinker.Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Resource> byValue = new HashMap<>();
    private final Map<String, Resource> byAddress = new HashMap<>();
    /** The instances of each resource, by its address without its own instance key. */
    private final Map<String, List<Resource>> instances = new HashMap<>();
    /** The plan's aws_iam_policy resources by path and name, as a permission set's references name them. */
    private final Map<String, Resource> byNameAndPath = new HashMap<>();

    private final Set<String> policiesAsGrant = new HashSet<>();
    private final Set<String> policiesAsBoundary = new HashSet<>();

    PlanLinker(
            TerraformPlan plan,
            Map<String, PolicyUnit> units,
            Function<String, Optional<Attachment>> awsManaged,
            Function<String, String> unknownAwsManaged) {
        this.plan = plan;
        this.units = units;
        this.awsManaged = awsManaged;
        this.unknownAwsManaged = unknownAwsManaged;
    }

    List<StackLinker.Draft> link() {
        for (Resource r : plan.resources()) {
            byAddress.put(r.address(), r);
            instances
                    .computeIfAbsent(r.address().replaceAll("\\[[^\\]]*]$", ""), k -> new ArrayList<>())
                    .add(r);
            PrincipalKind kind = PRINCIPAL_TYPES.get(r.type());
            Optional<String> name = known(r, "name");
            if (kind != null) {
                String path = known(r, "path").orElse("/");
                String arn = known(r, "arn")
                        .orElse(name.map(n -> "arn:aws:iam::" + StackEnvironment.PLACEHOLDER_ACCOUNT + ":"
                                        + kind.name().toLowerCase(java.util.Locale.ROOT) + path + n)
                                .orElse(""));
                drafts.put(
                        r.address(),
                        new StackLinker.Draft(
                                r.address(), kind, new Location(ElementPath.ROOT.value(r.address()), r.span()), arn));
                name.ifPresent(n -> byValue.put(r.type() + "\0" + n, r));
                known(r, "arn").ifPresent(a -> byValue.put(r.type() + "\0" + a, r));
            } else if (r.type().equals("aws_iam_policy")) {
                known(r, "arn").ifPresent(a -> byValue.put(r.type() + "\0" + a, r));
                name.ifPresent(n -> byNameAndPath.put(known(r, "path").orElse("/") + n, r));
            } else if (r.type().equals(PERMISSION_SET)) {
                // No ARN shown: IAM Identity Center assigns it at creation (see PermissionSetLinker).
                StackLinker.Draft set = new StackLinker.Draft(
                        r.address(),
                        PrincipalKind.PERMISSION_SET,
                        new Location(ElementPath.ROOT.value(r.address()), r.span()),
                        "");
                set.fixedTrust = Optional.of(PermissionSetLinker.TRUST);
                drafts.put(r.address(), set);
                known(r, "arn").ifPresent(a -> byValue.put(r.type() + "\0" + a, r));
            }
        }
        for (Resource r : plan.resources()) {
            StackLinker.Draft d = drafts.get(r.address());
            if (d != null) {
                principalAttributes(d, r);
            }
        }
        for (Resource r : plan.resources()) {
            attachment(r);
        }
        for (StackLinker.Draft d : drafts.values()) {
            if (d.kind == PrincipalKind.USER) {
                inheritGroups(d);
            }
        }
        return List.copyOf(drafts.values());
    }

    /** Policies of the plan that are a boundary somewhere and never attached as a grant. */
    List<PolicyUnit> boundaryOnly() {
        List<PolicyUnit> out = new ArrayList<>();
        for (String address : policiesAsBoundary) {
            if (!policiesAsGrant.contains(address)) {
                unit(address + ".policy").ifPresent(out::add);
            }
        }
        return out;
    }

    private void principalAttributes(StackLinker.Draft d, Resource r) {
        r.values().get("inline_policy").filter(ArrayNode.class::isInstance).ifPresent(list -> {
            for (int i = 0; i < ((ArrayNode) list).elements().size(); i++) {
                Node block = ((ArrayNode) list).elements().get(i);
                String name = block instanceof ObjectNode o
                        ? text(o.get("name")).orElse("inline_policy[" + i + "]")
                        : "inline_policy[" + i + "]";
                Location site = new Location(
                        ElementPath.ROOT
                                .value(r.address())
                                .value("inline_policy")
                                .index(i),
                        block.span());
                inline(d, name, r.address() + ".inline_policy[" + i + "].policy", site);
            }
        });
        for (Link l : links(r, "managed_policy_arns", "aws_iam_policy")) {
            attachPolicy(d, l, r.address() + ".managed_policy_arns");
        }
        for (Link l : links(r, "permissions_boundary", "aws_iam_policy")) {
            boundary(d, l);
        }
        if (d.kind == PrincipalKind.ROLE) {
            Optional<PolicyUnit> trust = unit(r.address() + ".assume_role_policy");
            if (trust.isPresent() && trust.get().document().isUnknown()) {
                d.unknown.add(new UnknownLink(
                        "assume_role_policy",
                        "",
                        "known only after apply: who can assume the" + " role is not known to iamgate",
                        d.definition));
            }
            trust.filter(u -> !u.document().isUnknown()).ifPresent(u -> d.trust = Optional.of(u.document()));
        }
    }

    /** The attachment and membership resources. */
    private void attachment(Resource r) {
        if (r.type().startsWith("aws_ssoadmin_")) {
            permissionSetAttachment(r);
            return;
        }
        PrincipalKind kind = TYPES_OF_KIND.get(r.type());
        if (kind != null) {
            String type = typeOf(kind);
            for (Link to : links(r, SINGLE_ATTRIBUTE.get(kind), type)) {
                to.target().map(t -> drafts.get(t.address())).ifPresent(d -> {
                    if (r.type().endsWith("_attachment")) {
                        links(r, "policy_arn", "aws_iam_policy")
                                .forEach(l -> attachPolicy(d, l, r.address() + ".policy_arn"));
                    } else {
                        inline(d, known(r, "name").orElse(r.address()), r.address() + ".policy", to.site());
                    }
                });
            }
        } else if (r.type().equals("aws_iam_policy_attachment")) {
            List<Link> policy = links(r, "policy_arn", "aws_iam_policy");
            for (PrincipalKind k : PrincipalKind.values()) {
                for (Link to : links(r, LIST_ATTRIBUTE.get(k), typeOf(k))) {
                    to.target()
                            .map(t -> drafts.get(t.address()))
                            .ifPresent(d -> policy.forEach(
                                    l -> attachPolicy(d, withSite(l, to.site()), r.address() + ".policy_arn")));
                }
            }
        } else if (r.type().equals("aws_iam_user_group_membership")) {
            List<Link> groups = links(r, "groups", "aws_iam_group");
            links(r, "user", "aws_iam_user")
                    .forEach(u -> u.target()
                            .map(t -> drafts.get(t.address()))
                            .ifPresent(d -> groups.forEach(g -> d.groupValues.add(groupKey(g)))));
        } else if (r.type().equals("aws_iam_group_membership")) {
            List<Link> group = links(r, "group", "aws_iam_group");
            links(r, "users", "aws_iam_user")
                    .forEach(u -> u.target()
                            .map(t -> drafts.get(t.address()))
                            .ifPresent(d -> group.forEach(g -> d.groupValues.add(groupKey(g)))));
        }
    }

    /**
     * The IAM Identity Center resources that give a permission set its policies: an inline policy, an AWS managed
     * policy, a customer managed policy by name and path (which Identity Center looks up in each account it
     * provisions the set to: linked to an aws_iam_policy of the plan with that name and path, else unknown), and
     * the permissions boundary (an AWS managed policy or such a reference).
     */
    private void permissionSetAttachment(Resource r) {
        for (Link to : links(r, "permission_set_arn", PERMISSION_SET)) {
            StackLinker.Draft set =
                    to.target().map(t -> drafts.get(t.address())).orElse(null);
            if (set == null) {
                continue;
            }
            switch (r.type()) {
                case "aws_ssoadmin_permission_set_inline_policy" ->
                    inline(set, r.address(), r.address() + ".inline_policy", to.site());
                case "aws_ssoadmin_managed_policy_attachment" ->
                    links(r, "managed_policy_arn", "aws_iam_policy")
                            .forEach(l -> attachPolicy(set, l, r.address() + ".managed_policy_arn"));
                case "aws_ssoadmin_customer_managed_policy_attachment" ->
                    block(r.values(), "customer_managed_policy_reference")
                            .ifPresent(ref -> customerReference(
                                    set,
                                    ref,
                                    blockSite(r, "customer_managed_policy_reference"),
                                    r.address() + ".customer_managed_policy_reference",
                                    false));
                case "aws_ssoadmin_permissions_boundary_attachment" ->
                    block(r.values(), "permissions_boundary").ifPresent(b -> permissionSetBoundary(set, r, b));
                default -> {}
            }
        }
    }

    private void permissionSetBoundary(StackLinker.Draft set, Resource r, ObjectNode boundary) {
        Location site = blockSite(r, "permissions_boundary");
        Optional<String> arn = text(boundary.get("managed_policy_arn")).filter(a -> !a.isEmpty());
        if (arn.isPresent()) {
            boundary(set, new Link(arn.get(), Optional.empty(), site, ""));
        }
        block(boundary, "customer_managed_policy_reference")
                .ifPresent(ref -> customerReference(set, ref, site, r.address() + ".permissions_boundary", true));
    }

    /** A {@code {name, path}} reference to a customer managed policy, as a grant or as the boundary. */
    private void customerReference(
            StackLinker.Draft set, ObjectNode ref, Location site, String element, boolean asBoundary) {
        String name = text(ref.get("name")).orElse("");
        String path = text(ref.get("path")).filter(p -> !p.isEmpty()).orElse("/");
        Resource policy = name.isEmpty() ? null : byNameAndPath.get(path + name);
        if (policy == null) {
            set.unknown.add(new UnknownLink(
                    element,
                    path + name,
                    name.isEmpty()
                            ? "a name known only after apply:" + " what it links is not known to iamgate"
                            : "a customer managed policy IAM Identity Center looks"
                                    + " up by name and path in each account the permission set is assigned to; no aws_iam_policy of"
                                    + " that name and path is in this plan, so what it grants is not known to iamgate",
                    site));
            return;
        }
        Link l = new Link(path + name, Optional.of(policy), site, "");
        if (asBoundary) {
            boundary(set, l);
        } else {
            attachPolicy(set, l, element);
        }
    }

    /** The first (only) element of a nested block, as plans hold it: a list of one object. */
    private static Optional<ObjectNode> block(ObjectNode values, String name) {
        return values.get(name)
                .filter(ArrayNode.class::isInstance)
                .map(n -> ((ArrayNode) n).elements())
                .filter(l -> !l.isEmpty() && l.get(0) instanceof ObjectNode)
                .map(l -> (ObjectNode) l.get(0));
    }

    private static Location blockSite(Resource r, String name) {
        ElementPath path = ElementPath.ROOT.value(r.address()).value(name);
        return block(r.values(), name)
                .map(b -> new Location(path.index(0), b.span()))
                .orElse(new Location(path, r.span()));
    }

    private static String typeOf(PrincipalKind kind) {
        return "aws_iam_" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A group by address when in the plan, else its value (or why it is not known), for the unknown link. */
    private static String groupKey(Link g) {
        return g.target().map(Resource::address).orElse("\0" + (g.value().isEmpty() ? g.unresolved() : g.value()));
    }

    private static Link withSite(Link l, Location site) {
        return new Link(l.value(), l.target(), site, l.unresolved());
    }

    private void inline(StackLinker.Draft d, String name, String origin, Location site) {
        unit(origin).ifPresent(u -> {
            if (u.document().isUnknown()) {
                d.unknown.add(new UnknownLink(
                        origin, "", "known only after apply: what it grants is not known to" + " iamgate", site));
            } else {
                d.policies.add(new Attachment(
                        name, AttachmentKind.INLINE, u.origin(), "", site, Optional.empty(), u.document()));
            }
        });
    }

    private void attachPolicy(StackLinker.Draft d, Link l, String element) {
        if (l.target().isPresent()) {
            policiesAsGrant.add(l.target().get().address());
            customer(d, l).ifPresent(d.policies::add);
            return;
        }
        Optional<Attachment> aws = awsManaged.apply(l.value());
        if (aws.isPresent()) {
            d.policies.add(aws.get().at(l.site()));
        } else {
            d.unknown.add(unknown(element, l));
        }
    }

    private void boundary(StackLinker.Draft d, Link l) {
        if (l.target().isPresent()) {
            policiesAsBoundary.add(l.target().get().address());
            d.boundary = customer(d, l);
        } else if (awsManaged.apply(l.value()).isPresent()) {
            d.boundary = awsManaged.apply(l.value()).map(a -> a.at(l.site()));
        } else {
            d.unknown.add(unknown("permissions_boundary", l));
        }
    }

    /** An aws_iam_policy of the plan, or an unknown link when its document is known only after apply. */
    private Optional<Attachment> customer(StackLinker.Draft d, Link l) {
        Resource policy = l.target().get();
        Optional<PolicyUnit> unit = unit(policy.address() + ".policy");
        if (unit.isEmpty() || unit.get().document().isUnknown()) {
            d.unknown.add(new UnknownLink(
                    policy.address(),
                    l.value(),
                    "a policy whose document is known only after" + " apply: what it grants is not known to iamgate",
                    l.site()));
            return Optional.empty();
        }
        return Optional.of(new Attachment(
                known(policy, "name").orElse(policy.address()),
                AttachmentKind.CUSTOMER_MANAGED,
                unit.get().origin(),
                l.value(),
                l.site(),
                Optional.empty(),
                unit.get().document()));
    }

    private UnknownLink unknown(String element, Link l) {
        String reason = l.value().isEmpty()
                ? l.unresolved()
                : ManagedPolicies.isAwsManagedArn(l.value())
                        ? unknownAwsManaged.apply(l.value())
                        : "a policy outside this plan: what it grants is not known to iamgate";
        return new UnknownLink(element, l.value(), reason, l.site());
    }

    private void inheritGroups(StackLinker.Draft user) {
        for (String key : user.groupValues) {
            StackLinker.Draft group = key.startsWith("\0") ? null : drafts.get(key);
            if (group == null) {
                user.unknown.add(new UnknownLink(
                        "groups",
                        key.substring(1),
                        "a group outside this plan: what its" + " policies grant is not known to iamgate",
                        user.definition));
                continue;
            }
            user.joinGroup(group);
        }
    }

    // ---- links

    /**
     * The links of an attribute (a string or a set of strings) to resources of {@code type}: each known value by
     * name or ARN; when some of it is known only after apply, the resources its configuration refers to.
     */
    private List<Link> links(Resource r, String attribute, String type) {
        List<Link> out = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        ElementPath path = ElementPath.ROOT.value(r.address()).value(attribute);
        Optional<Node> value = r.values().get(attribute);
        if (value.isPresent()
                && value.get() instanceof StringNode s
                && !s.value().isEmpty()) {
            out.add(byValue(type, s, new Location(path, s.span()), linked));
        } else if (value.isPresent() && value.get() instanceof ArrayNode a) {
            for (int i = 0; i < a.elements().size(); i++) {
                if (a.elements().get(i) instanceof StringNode s && !s.value().isEmpty()) {
                    out.add(byValue(type, s, new Location(path.index(i), s.span()), linked));
                }
            }
        }
        if (someUnknown(r.unknownOf(attribute)) && r.configures(attribute)) {
            out.addAll(byReference(r, attribute, type, new Location(path, r.span()), linked));
        }
        return out;
    }

    private Link byValue(String type, StringNode s, Location site, Set<String> linked) {
        Optional<Resource> target = Optional.ofNullable(byValue.get(type + "\0" + s.value()));
        target.ifPresent(t -> linked.add(t.address()));
        return new Link(s.value(), target, site, "");
    }

    /** The resources of {@code type} the attribute's expression refers to, as Terraform wires it. */
    private List<Link> byReference(Resource r, String attribute, String type, Location site, Set<String> linked) {
        List<Link> out = new ArrayList<>();
        Set<String> outside = new LinkedHashSet<>();
        follow(r.references(attribute), r.module(), type, site, linked, out, outside, new HashSet<>());
        if (out.isEmpty() && linked.isEmpty()) {
            out.add(new Link(
                    "",
                    Optional.empty(),
                    site,
                    "known only after apply"
                            + (outside.isEmpty()
                                    ? " and wired to nothing iamgate can follow"
                                    : " and wired through " + String.join(", ", outside)
                                            + ", which iamgate does not follow")
                            + ": what it links is not known to iamgate"));
        }
        return out;
    }

    /**
     * Follows references made in {@code module} (an address prefix such as {@code module.app.}) to resources of
     * {@code type}: directly, through a child module's output, or through an input variable to what the calling
     * module passes. A module with instances ({@code count}, {@code for_each}) is not followed.
     */
    private void follow(
            List<String> refs,
            String module,
            String type,
            Location site,
            Set<String> linked,
            List<Link> out,
            Set<String> outside,
            Set<String> followed) {
        Map<String, List<Resource>> bare = new LinkedHashMap<>();
        Set<String> indexed = new HashSet<>();
        for (String ref : refs) {
            String[] parts = ref.split("\\.", 4);
            boolean wired =
                    parts.length >= 2 && (parts[0].equals("var") || parts[0].equals("module") && parts.length >= 3);
            if (wired && followed.size() < MAX_WIRING && module.indexOf('[') < 0 && !ref.contains("[")) {
                String key = parts[0].equals("var")
                        ? module + "var." + parts[1]
                        : module + "module." + parts[1] + ".output." + parts[2];
                String into = parts[0].equals("var") ? parentModule(module) : module + "module." + parts[1] + ".";
                List<String> next = parts[0].equals("var") && module.isEmpty() ? List.of() : plan.wiring(key);
                if (!next.isEmpty()) {
                    if (followed.add(key)) { // each output or input once: no cycle, no blow-up
                        follow(next, into, type, site, linked, out, outside, followed);
                    }
                    continue;
                }
            }
            if (parts.length < 2 || NOT_RESOURCES.contains(parts[0])) {
                if (!parts[0].equals("each") && !parts[0].equals("count")) {
                    outside.add(ref);
                }
                continue;
            }
            if (!parts[0].equals(type)) {
                continue;
            }
            int bracket = parts[1].indexOf('[');
            String resource = module + parts[0] + "." + (bracket < 0 ? parts[1] : parts[1].substring(0, bracket));
            if (bracket >= 0) {
                Optional.ofNullable(byAddress.get(module + parts[0] + "." + parts[1]))
                        .ifPresent(p -> {
                            indexed.add(resource);
                            if (linked.add(p.address())) {
                                out.add(new Link("", Optional.of(p), site, ""));
                            }
                        });
            } else {
                bare.computeIfAbsent(resource, k -> instances.getOrDefault(k, List.of()));
            }
        }
        for (Map.Entry<String, List<Resource>> e : bare.entrySet()) {
            if (indexed.contains(e.getKey())) {
                continue;
            }
            if (e.getValue().size() == 1) {
                if (linked.add(e.getValue().get(0).address())) {
                    out.add(new Link("", Optional.of(e.getValue().get(0)), site, ""));
                }
            } else if (!e.getValue().isEmpty()) {
                out.add(new Link(
                        "",
                        Optional.empty(),
                        site,
                        "known only after apply and refers to one of "
                                + e.getValue().size() + " instances of " + e.getKey()
                                + ": which one is not known to iamgate"));
            }
        }
    }

    /** {@code module.a.module.b.} -> {@code module.a.} */
    private static String parentModule(String module) {
        int last = module.lastIndexOf("module.", module.length() - 2);
        return last <= 0 ? "" : module.substring(0, last);
    }

    private static boolean someUnknown(Optional<Node> unknown) {
        if (unknown.isEmpty()) {
            return false;
        }
        if (unknown.get() instanceof Node.BooleanNode b) {
            return b.value();
        }
        return unknown.get() instanceof ArrayNode a
                && a.elements().stream().anyMatch(n -> n instanceof Node.BooleanNode b && b.value());
    }

    private static Optional<String> known(Resource r, String attribute) {
        return r.unknown(attribute)
                ? Optional.empty()
                : text(r.values().get(attribute)).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Optional<Node> node) {
        return node.filter(StringNode.class::isInstance).map(n -> ((StringNode) n).value());
    }

    private Optional<PolicyUnit> unit(String origin) {
        return Optional.ofNullable(units.get(origin));
    }
}
