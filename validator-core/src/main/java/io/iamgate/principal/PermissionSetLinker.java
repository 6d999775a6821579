package io.iamgate.principal;

import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * Links an {@code AWS::SSO::PermissionSet}: its {@code InlinePolicy}, the AWS managed policies of
 * {@code ManagedPolicies}, the customer managed policies of {@code CustomerManagedPolicyReferences} (by name
 * and path, which IAM Identity Center looks up in each account it provisions the permission set to: linked to
 * an {@code AWS::IAM::ManagedPolicy} of the same template or assembly of that name and path, else listed as
 * unknown) and its {@code PermissionsBoundary}. A permission set has no trust policy: it is assumed through
 * IAM Identity Center by the users and groups assigned to it, which the trust summary says.
 */
final class PermissionSetLinker {

    static final TrustSummary TRUST = new TrustSummary(
            List.of(
                    "IAM Identity Center: the users and groups assigned"
                            + " to this permission set, in the accounts it is assigned to (a permission set has no trust policy)"),
            false,
            false,
            List.of());

    private final StackLinker stack;
    private final StackLinker.Draft set;

    PermissionSetLinker(StackLinker stack, StackLinker.Draft set) {
        this.stack = stack;
        this.set = set;
    }

    void link() {
        set.fixedTrust = Optional.of(TRUST);
        String name = stack.property(set.id, "Name").flatMap(stack::text).orElse(set.id);
        stack.property(set.id, "InlinePolicy")
                .ifPresent(node -> stack.unit(stack.origin(set.id, "InlinePolicy"))
                        .ifPresent(u -> set.policies.add(new Attachment(
                                name,
                                AttachmentKind.INLINE,
                                u.origin(),
                                "",
                                new Location(StackLinker.propertyPath(set.id, "InlinePolicy"), node.span()),
                                Optional.empty(),
                                u.document()))));
        stack.forEach(
                set.id, "ManagedPolicies", (node, site, i) -> stack.attachManaged(set, "ManagedPolicies", node, site));
        stack.forEach(
                set.id,
                "CustomerManagedPolicyReferences",
                (node, site, i) -> customerReference(node, site, "CustomerManagedPolicyReferences", false));
        stack.property(set.id, "PermissionsBoundary")
                .filter(ObjectNode.class::isInstance)
                .map(ObjectNode.class::cast)
                .ifPresent(this::boundary);
    }

    private void boundary(ObjectNode boundary) {
        Location site = new Location(StackLinker.propertyPath(set.id, "PermissionsBoundary"), boundary.span());
        Optional<Node> arnNode = boundary.get("ManagedPolicyArn");
        if (arnNode.isPresent()) {
            String arn = stack.text(arnNode.get()).orElse("");
            Optional<AssemblyIndex.ManagedPolicyRef> managed = stack.managedPolicy(arn);
            if (managed.isPresent()) {
                set.boundary =
                        managed.get().owner().customerBoundary(managed.get().id(), arn, site);
            } else {
                set.boundary = stack.awsManaged(arn).map(a -> StackLinker.withSite(a, site));
                if (set.boundary.isEmpty()) {
                    set.unknown.add(stack.unknown("PermissionsBoundary", arn, site));
                }
            }
        }
        boundary.get("CustomerManagedPolicyReference")
                .ifPresent(ref -> customerReference(ref, site, "PermissionsBoundary", true));
    }

    /** A {@code {Name, Path}} reference to a customer managed policy, as a grant or as the boundary. */
    private void customerReference(Node node, Location site, String element, boolean asBoundary) {
        if (!(node instanceof ObjectNode ref)) {
            return;
        }
        String name = ref.get("Name").flatMap(stack::text).orElse("");
        String path = ref.get("Path").flatMap(stack::text).orElse("/");
        String shown = path + name;
        Optional<AssemblyIndex.ManagedPolicyRef> managed = name.isEmpty()
                ? Optional.empty()
                : stack.managedPolicy(name)
                        .filter(m -> m.owner()
                                .property(m.id(), "Path")
                                .flatMap(m.owner()::text)
                                .orElse("/")
                                .equals(path));
        if (managed.isEmpty()) {
            set.unknown.add(new UnknownLink(
                    element,
                    shown,
                    name.isEmpty()
                            ? "a reference whose name cannot be"
                                    + " resolved from the template alone: what it links is not known to iamgate"
                            : "a customer managed policy IAM Identity Center looks up by name and path in each account the"
                                    + " permission set is assigned to; no AWS::IAM::ManagedPolicy of that name and path is in this"
                                    + " template or its assembly, so what it grants is not known to iamgate",
                    site));
        } else if (asBoundary) {
            set.boundary = managed.get().owner().customerBoundary(managed.get().id(), shown, site);
        } else {
            managed.get().owner().customerGrant(managed.get().id(), shown, site).ifPresent(set.policies::add);
        }
    }
}
