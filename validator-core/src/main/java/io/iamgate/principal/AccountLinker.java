package io.iamgate.principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.Node;
import io.iamgate.load.Node.ObjectNode;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GroupDetail;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.UserDetail;

/**
 * Links the roles, users and groups of an account as IAM GetAccountAuthorizationDetails describes them: their
 * inline policies, the managed policies attached to them (customer managed from the same answer, AWS managed
 * from the bundled snapshot), group memberships, boundary and trust policy. The policies' documents are the
 * units {@code DeployedPolicies} made of the same answer, found by their origin (the ARN, or ARN +
 * {@code /inline/<name>}). A principal is identified by its ARN; since an account has no template, each gets a
 * short JSON summary of its links (its {@code text}) for findings to point into.
 */
final class AccountLinker {

    /** A linked principal and the summary its locations refer to. */
    record Linked(StackLinker.Draft draft, ParsedJson text) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<GetAccountAuthorizationDetailsResponse> pages;
    private final Map<String, PolicyUnit> units;
    private final Function<String, Optional<Attachment>> awsManaged;
    private final Function<String, String> unknownAwsManaged;
    private final Set<String> policiesAsGrant = new HashSet<>();
    private final Set<String> policiesAsBoundary = new HashSet<>();

    AccountLinker(
            List<GetAccountAuthorizationDetailsResponse> pages,
            Map<String, PolicyUnit> units,
            Function<String, Optional<Attachment>> awsManaged,
            Function<String, String> unknownAwsManaged) {
        this.pages = List.copyOf(pages);
        this.units = units;
        this.awsManaged = awsManaged;
        this.unknownAwsManaged = unknownAwsManaged;
    }

    /** Groups first (users take their policies), then users, then roles, each in the answer's order. */
    List<Linked> link() {
        Map<String, Linked> groups = new LinkedHashMap<>();
        List<Linked> out = new ArrayList<>();
        for (GetAccountAuthorizationDetailsResponse page : pages) {
            for (GroupDetail g : page.groupDetailList()) {
                Linked l = principal(
                        PrincipalKind.GROUP,
                        g.arn(),
                        "GroupPolicyList",
                        g.groupPolicyList(),
                        g.attachedManagedPolicies(),
                        List.of(),
                        null);
                groups.put(g.groupName(), l);
            }
        }
        out.addAll(groups.values());
        for (GetAccountAuthorizationDetailsResponse page : pages) {
            for (UserDetail u : page.userDetailList()) {
                Linked l = principal(
                        PrincipalKind.USER,
                        u.arn(),
                        "UserPolicyList",
                        u.userPolicyList(),
                        u.attachedManagedPolicies(),
                        u.groupList(),
                        u.permissionsBoundary());
                inheritGroups(l, u.groupList(), groups);
                out.add(l);
            }
        }
        for (GetAccountAuthorizationDetailsResponse page : pages) {
            for (RoleDetail r : page.roleDetailList()) {
                Linked l = principal(
                        PrincipalKind.ROLE,
                        r.arn(),
                        "RolePolicyList",
                        r.rolePolicyList(),
                        r.attachedManagedPolicies(),
                        List.of(),
                        r.permissionsBoundary());
                l.draft().trust =
                        Optional.ofNullable(units.get(r.arn() + "#trust")).map(PolicyUnit::document);
                out.add(l);
            }
        }
        return out;
    }

    /** Customer managed policies of the answer that are a boundary somewhere and never attached as a grant. */
    List<PolicyUnit> boundaryOnly() {
        List<PolicyUnit> out = new ArrayList<>();
        for (String arn : policiesAsBoundary) {
            if (!policiesAsGrant.contains(arn) && units.containsKey(arn)) {
                out.add(units.get(arn));
            }
        }
        return out;
    }

    private Linked principal(
            PrincipalKind kind,
            String arn,
            String inlineKey,
            List<PolicyDetail> inline,
            List<AttachedPolicy> attached,
            List<String> groupNames,
            AttachedPermissionsBoundary boundary) {
        ParsedJson text = summary(arn, inlineKey, inline, attached, groupNames, boundary);
        ObjectNode root = (ObjectNode) text.root();
        StackLinker.Draft d = new StackLinker.Draft(arn, kind, new Location(ElementPath.ROOT, root.span()), arn);
        for (int i = 0; i < inline.size(); i++) {
            String name = inline.get(i).policyName();
            Location site = site(root, inlineKey, i);
            PolicyUnit unit = units.get(arn + "/inline/" + name);
            if (unit == null) {
                d.unknown.add(new UnknownLink(
                        inlineKey,
                        name,
                        "an inline policy whose document the answer did not"
                                + " hold: what it grants is not known to iamgate",
                        site));
            } else {
                d.policies.add(new Attachment(
                        name, AttachmentKind.INLINE, unit.origin(), "", site, Optional.empty(), unit.document()));
            }
        }
        for (int i = 0; i < attached.size(); i++) {
            String policyArn = attached.get(i).policyArn();
            Location site = site(root, "AttachedManagedPolicies", i);
            Optional<Attachment> a = managed(attached.get(i).policyName(), policyArn, site);
            if (a.isPresent()) {
                policiesAsGrant.add(policyArn);
                d.policies.add(a.get());
            } else {
                d.unknown.add(unknown("AttachedManagedPolicies", policyArn, site));
            }
        }
        if (boundary != null && boundary.permissionsBoundaryArn() != null) {
            String policyArn = boundary.permissionsBoundaryArn();
            Location site = new Location(
                    ElementPath.ROOT.value("PermissionsBoundary"),
                    root.get("PermissionsBoundary").map(Node::span).orElse(root.span()));
            d.boundary = managed(policyArn.substring(policyArn.lastIndexOf('/') + 1), policyArn, site);
            if (d.boundary.isPresent()) {
                policiesAsBoundary.add(policyArn);
            } else {
                d.unknown.add(unknown("PermissionsBoundary", policyArn, site));
            }
        }
        return new Linked(d, text);
    }

    /** A managed policy by ARN: the answer's customer managed policy, else the snapshot's AWS managed one. */
    private Optional<Attachment> managed(String name, String arn, Location site) {
        PolicyUnit unit = units.get(arn);
        if (unit != null) {
            return Optional.of(new Attachment(
                    name,
                    AttachmentKind.CUSTOMER_MANAGED,
                    unit.origin(),
                    arn,
                    site,
                    Optional.empty(),
                    unit.document()));
        }
        return awsManaged.apply(arn).map(a -> a.at(site));
    }

    private UnknownLink unknown(String element, String arn, Location site) {
        String reason = arn.contains(":iam::aws:policy/")
                ? unknownAwsManaged.apply(arn)
                : "a customer managed policy the account's answer did not hold: what it grants is not known to iamgate";
        return new UnknownLink(element, arn, reason, site);
    }

    private static void inheritGroups(Linked user, List<String> groupNames, Map<String, Linked> groups) {
        StackLinker.Draft d = user.draft();
        ObjectNode root = (ObjectNode) user.text().root();
        for (int i = 0; i < groupNames.size(); i++) {
            Linked group = groups.get(groupNames.get(i));
            if (group == null) {
                d.unknown.add(new UnknownLink(
                        "GroupList",
                        groupNames.get(i),
                        "a group the account's answer did not"
                                + " hold: what its policies grant is not known to iamgate",
                        site(root, "GroupList", i)));
                continue;
            }
            d.joinGroup(group.draft());
        }
    }

    /** The account id of arn:partition:iam::ACCOUNT:..., or "account" when the ARN does not say (as DeployedPolicies names files). */
    static String account(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length > 4 && !parts[4].isEmpty() ? parts[4] : "account";
    }

    private static Location site(ObjectNode root, String key, int i) {
        ElementPath path = ElementPath.ROOT.value(key).index(i);
        return root.get(key)
                .filter(Node.ArrayNode.class::isInstance)
                .map(a -> new Location(
                        path, ((Node.ArrayNode) a).elements().get(i).span()))
                .orElse(new Location(path, root.span()));
    }

    /** The principal's links as JSON, in the answer's own names, so a finding has lines to point at. */
    private static ParsedJson summary(
            String arn,
            String inlineKey,
            List<PolicyDetail> inline,
            List<AttachedPolicy> attached,
            List<String> groupNames,
            AttachedPermissionsBoundary boundary) {
        com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
        o.put("Arn", arn);
        ArrayNode names = o.putArray(inlineKey);
        inline.forEach(p -> names.add(p.policyName()));
        ArrayNode arns = o.putArray("AttachedManagedPolicies");
        attached.forEach(p -> arns.add(p.policyArn()));
        if (!groupNames.isEmpty()) {
            ArrayNode gs = o.putArray("GroupList");
            groupNames.forEach(gs::add);
        }
        if (boundary != null && boundary.permissionsBoundaryArn() != null) {
            o.put("PermissionsBoundary", boundary.permissionsBoundaryArn());
        }
        try {
            return new LocatedJsonParser()
                    .parse(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
