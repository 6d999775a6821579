package io.iamgate.principal;

import io.iamgate.extract.cloudformation.CloudFormationStack;
import io.iamgate.extract.cloudformation.StackEnvironment;
import io.iamgate.extract.cloudformation.TemplatePolicies;
import io.iamgate.extract.terraform.TerraformPlan;
import io.iamgate.load.Node;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The SCPs and RCPs of a run and where they apply. An SCP is applied to the principals of a template or plan only
 * when the repository says so: an {@code AWS::Organizations::Policy} whose {@code TargetIds}, or a Terraform
 * {@code aws_organizations_policy} whose {@code aws_organizations_policy_attachment}s' {@code target_id}, names
 * as a literal account id the account a template or plan is known to deploy to (a CDK assembly's environment; a
 * plan's aws provider {@code allowed_account_ids} naming one account; a plain template's account is a
 * placeholder, so it is never known). Anything else is listed and not applied, saying why: iamgate
 * cannot see the organization's structure. An RCP limits the account's resources, not what its principals may
 * do, so it is never applied to principals.
 */
final class OrganizationPolicies {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final String RESOURCE_TYPE = "AWS::Organizations::Policy";

    private final List<OrganizationPolicy> listed;
    private final Map<String, List<PolicyUnit>> scpsByAccount;

    private OrganizationPolicies(List<OrganizationPolicy> listed, Map<String, List<PolicyUnit>> scpsByAccount) {
        this.listed = List.copyOf(listed);
        this.scpsByAccount = scpsByAccount;
    }

    static OrganizationPolicies of(List<CloudFormationStack> stacks, List<PolicyUnit> units) {
        return of(stacks, List.of(), units);
    }

    static OrganizationPolicies of(
            List<CloudFormationStack> stacks, List<TerraformPlan> plans, List<PolicyUnit> units) {
        Set<String> knownAccounts = new TreeSet<>();
        Map<String, Declared> declared = new HashMap<>();
        for (TerraformPlan plan : plans) {
            accountOf(plan).ifPresent(knownAccounts::add);
            attachmentTargets(plan)
                    .forEach((address, targets) ->
                            declared.put(plan.file() + "\n" + address + ".content", new Declared(address, targets)));
        }
        for (CloudFormationStack s : stacks) {
            accountOf(s).ifPresent(knownAccounts::add);
            for (String id : s.template().resources().keySet()) {
                if (s.template().resourceType(id).filter(RESOURCE_TYPE::equals).isPresent()) {
                    Declared d = new Declared(id, targets(s, id));
                    origins(s, id).forEach(origin -> declared.putIfAbsent(s.file() + "\n" + origin, d));
                }
            }
        }
        List<OrganizationPolicy> listed = new ArrayList<>();
        Map<String, List<PolicyUnit>> byAccount = new HashMap<>();
        for (PolicyUnit u : units) {
            boolean scp = u.policyType() == PolicyType.SERVICE_CONTROL_POLICY;
            if (!scp && u.policyType() != PolicyType.RESOURCE_CONTROL_POLICY) {
                continue;
            }
            Optional<Declared> d = Optional.ofNullable(declared.get(u.file() + "\n" + u.origin()));
            List<String> targets = d.map(Declared::targets).orElse(List.of());
            String name = d.map(Declared::id).orElse(u.origin().isEmpty() ? u.file() : u.origin());
            List<String> applied = new ArrayList<>();
            String note;
            if (!scp) {
                note = "not applied: an RCP limits the account's resources, not what its principals may do";
            } else if (targets.isEmpty()) {
                note = "not applied: targets unknown (the repository does not say which accounts it is attached to)";
            } else {
                targets.stream().filter(knownAccounts::contains).forEach(applied::add);
                note = applied.isEmpty()
                        ? "not applied: no template of the run is known to deploy to " + String.join(", ", targets)
                                + " (organizational units and roots are not resolved)"
                        : "applied to the principals of account " + String.join(", ", applied)
                                + ", assuming it is a member account (SCPs do not limit the management account)";
            }
            applied.forEach(
                    a -> byAccount.computeIfAbsent(a, k -> new ArrayList<>()).add(u));
            listed.add(new OrganizationPolicy(name, u.file(), u.origin(), u.policyType(), targets, applied, note));
        }
        return new OrganizationPolicies(listed, byAccount);
    }

    private record Declared(String id, List<String> targets) {}

    /**
     * The origins the extractors give the policy of resource {@code id}: CloudFormation's, and a CDK assembly's
     * ({@code <aws:cdk:path>: Properties.Content}).
     */
    private static List<String> origins(CloudFormationStack stack, String id) {
        Node.ObjectNode resource = stack.template().resources().get(id);
        List<String> out = new ArrayList<>(List.of(TemplatePolicies.CLOUDFORMATION.name(id, resource, "Content")));
        resource.get("Metadata")
                .filter(Node.ObjectNode.class::isInstance)
                .flatMap(m -> ((Node.ObjectNode) m).get("aws:cdk:path"))
                .filter(Node.StringNode.class::isInstance)
                .ifPresent(path -> out.add(((Node.StringNode) path).value() + ": Properties.Content"));
        return out;
    }

    List<OrganizationPolicy> listed() {
        return listed;
    }

    /** The SCPs applied to the principals of {@code stack}'s account. */
    /** The SCPs applied to principals deployed to {@code account} (none when the account is not known). */
    List<PolicyUnit> applying(String account) {
        return known(account) ? scpsByAccount.getOrDefault(account, List.of()) : List.of();
    }

    /**
     * The account a plan is applied in, when its configuration says so: the aws provider's
     * {@code allowed_account_ids} naming exactly one account (Terraform refuses to apply the plan with
     * credentials of any other). A plan says nothing else about its account.
     */
    static Optional<String> accountOf(TerraformPlan plan) {
        Optional<Node> ids = child(
                plan.parsed().root(),
                "configuration",
                "provider_config",
                "aws",
                "expressions",
                "allowed_account_ids",
                "constant_value");
        if (ids.isPresent()
                && ids.get() instanceof Node.ArrayNode a
                && a.elements().size() == 1
                && a.elements().get(0) instanceof Node.StringNode s
                && known(s.value())) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    private static Optional<Node> child(Node node, String... keys) {
        Optional<Node> at = Optional.of(node);
        for (String key : keys) {
            at = at.filter(Node.ObjectNode.class::isInstance).flatMap(n -> ((Node.ObjectNode) n).get(key));
        }
        return at;
    }

    /**
     * The targets the plan's aws_organizations_policy_attachment resources give each aws_organizations_policy
     * (by address): {@code target_id} as planned (a value known only after apply is no target iamgate can
     * match), its policy by planned {@code policy_id} or by the configuration's reference to the policy.
     */
    private static Map<String, List<String>> attachmentTargets(TerraformPlan plan) {
        Map<String, String> byId = new HashMap<>();
        for (TerraformPlan.Resource r : plan.resources()) {
            if (r.type().equals("aws_organizations_policy") && !r.unknown("id")) {
                r.values()
                        .get("id")
                        .filter(Node.StringNode.class::isInstance)
                        .ifPresent(id -> byId.put(((Node.StringNode) id).value(), r.address()));
            }
        }
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (TerraformPlan.Resource r : plan.resources()) {
            if (!r.type().equals("aws_organizations_policy_attachment")) {
                continue;
            }
            Optional<String> target = r.unknown("target_id")
                    ? Optional.empty()
                    : r.values()
                            .get("target_id")
                            .filter(Node.StringNode.class::isInstance)
                            .map(n -> ((Node.StringNode) n).value());
            Optional<String> policy = r.unknown("policy_id")
                    ? Optional.empty()
                    : r.values()
                            .get("policy_id")
                            .filter(Node.StringNode.class::isInstance)
                            .map(n -> byId.get(((Node.StringNode) n).value()));
            if (policy.isEmpty()) {
                policy = r.references("policy_id").stream()
                        .filter(ref -> ref.startsWith("aws_organizations_policy.")
                                && ref.split("\\.").length == 2
                                && !ref.contains("["))
                        .findFirst()
                        .map(ref -> r.module() + ref);
            }
            policy.ifPresent(p -> {
                List<String> targets = out.computeIfAbsent(p, k -> new ArrayList<>());
                target.filter(t -> !targets.contains(t)).ifPresent(targets::add);
            });
        }
        return out;
    }

    /** The account a template deploys to, when known (not the placeholder of a plain template). */
    private static Optional<String> accountOf(CloudFormationStack stack) {
        String account = stack.resolver().environment().accountId();
        return known(account) ? Optional.of(account) : Optional.empty();
    }

    private static boolean known(String account) {
        return ACCOUNT.matcher(account).matches() && !account.equals(StackEnvironment.PLACEHOLDER_ACCOUNT);
    }

    /**
     * The TargetIds written as literals: a value computed at deployment (a parameter, {@code AWS::AccountId}: the
     * management account an organization policy is deployed from, which SCPs do not limit) is not a target
     * iamgate can match.
     */
    private static List<String> targets(CloudFormationStack stack, String id) {
        Optional<Node> list = stack.template()
                .properties(id)
                .flatMap(p -> p.get("TargetIds"))
                .flatMap(n -> stack.resolver().select(n, new LinkedHashSet<>()));
        if (list.isEmpty() || !(list.get() instanceof Node.ArrayNode array)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node element : array.elements()) {
            if (element instanceof Node.StringNode s) {
                out.add(s.value());
            }
        }
        return List.copyOf(out);
    }
}
