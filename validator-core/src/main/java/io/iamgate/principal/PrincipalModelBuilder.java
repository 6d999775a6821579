package io.iamgate.principal;

import io.iamgate.access.EffectivePermissions;
import io.iamgate.access.EscalationPath;
import io.iamgate.access.PolicyGrants;
import io.iamgate.extract.cloudformation.CloudFormationStack;
import io.iamgate.extract.terraform.TerraformPlan;
import io.iamgate.load.ParsedJson;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import io.iamgate.reference.ManagedPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;

/**
 * Builds the principal model of a run from what extraction produced: the templates and the units found in
 * them. Each policy document is expanded into grants once, however many principals it is attached to
 * (an AWS managed policy attached to a thousand roles costs one expansion). Not thread-safe: one per run.
 */
public final class PrincipalModelBuilder {

    private final IamReference reference;
    private final java.util.function.Supplier<ManagedPolicies> managed;
    private final Map<String, Optional<Attachment>> awsManaged = new HashMap<>();
    private final Map<PolicyDocument, PolicyGrants> grants = new IdentityHashMap<>();

    public PrincipalModelBuilder(IamReference reference, ManagedPolicies managed) {
        this(reference, () -> managed);
    }

    /** The snapshot is asked for only when a template attaches an AWS managed policy. */
    public PrincipalModelBuilder(IamReference reference, java.util.function.Supplier<ManagedPolicies> managed) {
        this.reference = reference;
        this.managed = managed;
    }

    /**
     * Where a principal was found: its file, origin prefix, located tree, the account its trust is read in and the
     * account whose SCPs apply to it.
     */
    private record Source(String file, String originPrefix, ParsedJson parsed, String account, String scpAccount) {
        Source(String file, String originPrefix, ParsedJson parsed, String account) {
            this(file, originPrefix, parsed, account, account);
        }
    }

    /** The model of these templates; {@code units} are all units of the run (those of other files are ignored). */
    public PrincipalModel build(List<CloudFormationStack> stacks, List<PolicyUnit> units) {
        return build(stacks, List.of(), units);
    }

    /** The model of these templates and Terraform plans. */
    public PrincipalModel build(List<CloudFormationStack> stacks, List<TerraformPlan> plans, List<PolicyUnit> units) {
        Map<String, Map<String, PolicyUnit>> byFile = new HashMap<>();
        for (PolicyUnit u : units) {
            byFile.computeIfAbsent(u.file(), f -> new HashMap<>()).put(u.origin(), u);
        }
        List<StackLinker.Draft> drafts = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<PolicyUnit> boundaryOnly = new ArrayList<>();
        for (List<CloudFormationStack> group : groups(stacks)) {
            // Stacks deployed together share one index, and are linked phase by phase so each finds the others'.
            AssemblyIndex index = new AssemblyIndex();
            List<StackLinker> linkers = new ArrayList<>();
            for (CloudFormationStack stack : group) {
                linkers.add(new StackLinker(
                        stack,
                        byFile.getOrDefault(stack.file(), Map.of()),
                        this::awsManaged,
                        this::unknownAwsManagedReason,
                        index));
            }
            linkers.forEach(StackLinker::index);
            linkers.forEach(StackLinker::linkPrincipals);
            linkers.forEach(StackLinker::linkStandalone);
            for (int i = 0; i < linkers.size(); i++) {
                CloudFormationStack stack = group.get(i);
                for (StackLinker.Draft d : linkers.get(i).inheritGroups()) {
                    drafts.add(d);
                    sources.add(new Source(
                            stack.file(),
                            "Resources.",
                            stack.parsed(),
                            stack.resolver().environment().accountId()));
                }
            }
            linkers.forEach(l -> boundaryOnly.addAll(l.boundaryOnly()));
        }
        for (TerraformPlan plan : plans) {
            Map<String, PolicyUnit> planUnits = new HashMap<>(byFile.getOrDefault(plan.file(), Map.of()));
            plan.codeFiles().forEach(f -> byFile.getOrDefault(f, Map.of()).forEach(planUnits::putIfAbsent));
            PlanLinker linker = new PlanLinker(plan, planUnits, this::awsManaged, this::unknownAwsManagedReason);
            for (StackLinker.Draft d : linker.link()) {
                drafts.add(d);
                // A plan does not say which account it is applied to: no account counts as its own. Only its
                // provider's allowed_account_ids may say which account's SCPs apply (see OrganizationPolicies).
                sources.add(new Source(
                        plan.file(),
                        "",
                        plan.parsed(),
                        "",
                        OrganizationPolicies.accountOf(plan).orElse("")));
            }
            boundaryOnly.addAll(linker.boundaryOnly());
        }
        return model(drafts, sources, boundaryOnly, OrganizationPolicies.of(stacks, plans, units));
    }

    /**
     * The model of an account as IAM GetAccountAuthorizationDetails answered ({@code pages}, every page), with
     * the units {@code DeployedPolicies} made of the same answer. Each principal's file is {@code aws:<account>},
     * its origin its ARN; its trust is read in its own account.
     */
    public PrincipalModel buildAccount(List<GetAccountAuthorizationDetailsResponse> pages, List<PolicyUnit> units) {
        Map<String, PolicyUnit> byOrigin = new HashMap<>();
        units.forEach(u -> byOrigin.put(u.origin(), u));
        AccountLinker linker = new AccountLinker(pages, byOrigin, this::awsManaged, this::unknownAwsManagedReason);
        List<StackLinker.Draft> drafts = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (AccountLinker.Linked l : linker.link()) {
            String account = AccountLinker.account(l.draft().arn);
            drafts.add(l.draft());
            sources.add(new Source("aws:" + account, "", l.text(), account));
        }
        return model(drafts, sources, linker.boundaryOnly(), OrganizationPolicies.of(List.of(), List.of()));
    }

    private PrincipalModel model(
            List<StackLinker.Draft> drafts,
            List<Source> sources,
            List<PolicyUnit> boundaryOnly,
            OrganizationPolicies organization) {
        // Two passes: a PassRole scoped to one role escalates when that role is an administrator.
        List<EffectivePermissions> permissions = new ArrayList<>();
        List<String> adminRoles = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StackLinker.Draft d = drafts.get(i);
            List<PolicyGrants> policies =
                    new ArrayList<>(d.policies.stream().map(a -> grants(a)).toList());
            organization.applying(sources.get(i).scpAccount()).forEach(scp -> policies.add(scpDenials(scp)));
            EffectivePermissions p = EffectivePermissions.of(reference, policies, d.boundary.map(this::grants));
            permissions.add(p);
            if (d.kind == PrincipalKind.ROLE && !d.arn.isEmpty() && p.isAdministratorEquivalent()) {
                adminRoles.add(d.arn);
            }
        }
        List<Principal> principals = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StackLinker.Draft d = drafts.get(i);
            Source source = sources.get(i);
            EffectivePermissions p = permissions.get(i);
            boolean admin = p.isAdministratorEquivalent();
            List<EscalationPath> paths = admin ? List.of() : p.escalationPaths(adminRoles);
            TrustSummary trust = d.fixedTrust.orElseGet(() ->
                    d.trust.map(t -> TrustReader.read(t, source.account())).orElse(TrustSummary.NONE));
            principals.add(new Principal(
                    d.id,
                    d.kind,
                    source.file(),
                    source.originPrefix() + d.id,
                    d.definition,
                    source.parsed(),
                    d.arn,
                    d.policies,
                    d.boundary,
                    d.groups,
                    trust,
                    d.unknown,
                    p,
                    admin,
                    paths));
        }
        return new PrincipalModel(principals, boundaryOnly, organization.listed());
    }

    /**
     * What an applied SCP takes away: its Deny statements, as the principal's own Deny statements do. Its Allow
     * statements are not used as a bound: the account and its organizational units may hold other SCPs (the
     * default FullAWSAccess among them) that the repository does not show, and AWS allows what any SCP at a
     * level allows, so bounding by one allow list could hide power the principal has.
     */
    private PolicyGrants scpDenials(PolicyUnit scp) {
        String name = "SCP " + (scp.origin().isEmpty() ? scp.file() : scp.origin());
        PolicyGrants all = grants.computeIfAbsent(
                scp.document(), doc -> PolicyGrants.of(name, scp.file(), scp.origin(), doc, reference));
        return new PolicyGrants(all.policy(), all.denies());
    }

    /** Stacks of one assembly together, in order of first appearance; a template on its own alone. */
    private static List<List<CloudFormationStack>> groups(List<CloudFormationStack> stacks) {
        Map<String, List<CloudFormationStack>> byAssembly = new java.util.LinkedHashMap<>();
        List<List<CloudFormationStack>> out = new ArrayList<>();
        for (CloudFormationStack stack : stacks) {
            if (stack.assembly().isEmpty()) {
                out.add(List.of(stack));
            } else {
                byAssembly
                        .computeIfAbsent(stack.assembly(), a -> {
                            List<CloudFormationStack> group = new ArrayList<>();
                            out.add(group);
                            return group;
                        })
                        .add(stack);
            }
        }
        return out;
    }

    private PolicyGrants grants(Attachment a) {
        return grants.computeIfAbsent(
                a.document(),
                doc -> PolicyGrants.of(a.name(), "", a.origin().isEmpty() ? a.arn() : a.origin(), doc, reference));
    }

    private Optional<Attachment> awsManaged(String arn) {
        return awsManaged.computeIfAbsent(arn, key -> managed.get().byArn(key).map(this::attachment));
    }

    private Attachment attachment(ManagedPolicy policy) {
        PolicyDocument doc = managed.get().parsedDocument(policy);
        return new Attachment(policy.name(), AttachmentKind.AWS_MANAGED, "", policy.arn(), null, Optional.empty(), doc);
    }

    private String unknownAwsManagedReason(String arn) {
        return "an AWS managed policy the bundled snapshot (dated "
                + managed.get().dataDate() + ") does not know: a typo,"
                + " a policy of another partition or one AWS retired; it is not taken as empty"
                + managed.get()
                        .suggestion(arn)
                        .map(s -> " (did you mean " + s + "?)")
                        .orElse("");
    }
}
