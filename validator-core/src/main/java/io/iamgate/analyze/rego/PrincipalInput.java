package io.iamgate.analyze.rego;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamgate.access.ConditionClass;
import io.iamgate.access.EscalationPath;
import io.iamgate.access.Grant;
import io.iamgate.access.PolicyGrants;
import io.iamgate.principal.Attachment;
import io.iamgate.principal.Principal;
import io.iamgate.principal.UnknownLink;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a user rule pack sees as {@code input} for one principal (docs/configuration.md, "Rules over principals"): where it is
 * defined, its policies with their documents, boundary, trust, and what they add up to from
 * {@link io.iamgate.access.EffectivePermissions}: {@code adminEquivalent}, {@code escalationPaths},
 * {@code unbounded} (by service, the actions allowed on every resource without a limiting condition, after
 * Deny statements and the boundary) and {@code allows}/{@code denies} (by service, each statement's actions with
 * the resources it covers and its condition class). Field names are part of the rule-pack contract.
 */
final class PrincipalInput {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PrincipalInput() {}

    static ObjectNode of(Principal p) {
        ObjectNode out = JSON.objectNode();
        out.put("name", p.name());
        out.put("kind", p.kind().name());
        out.put("file", p.file());
        out.put("origin", p.origin());
        out.put("line", p.line());
        out.put("arn", p.arn());
        ArrayNode policies = out.putArray("policies");
        p.policies().forEach(a -> policies.add(attachment(a)));
        if (p.boundary().isPresent()) {
            out.set("boundary", attachment(p.boundary().get()));
        } else {
            out.putNull("boundary");
        }
        strings(out.putArray("groups"), p.groups());
        ObjectNode trust = out.putObject("trust");
        trust.put("summary", p.trust().describe());
        strings(trust.putArray("principals"), p.trust().principals());
        trust.put("anyone", p.trust().anyone());
        trust.put("anyGithubRepository", p.trust().anyGithubRepository());
        strings(trust.putArray("otherAccounts"), p.trust().otherAccounts());
        ArrayNode unknown = out.putArray("unknownLinks");
        for (UnknownLink u : p.unknownLinks()) {
            ObjectNode link = unknown.addObject();
            link.put("element", u.element());
            link.put("value", u.value());
            link.put("reason", u.reason());
        }
        out.put("adminEquivalent", p.administratorEquivalent());
        ArrayNode paths = out.putArray("escalationPaths");
        for (EscalationPath e : p.escalationPaths()) {
            ObjectNode path = paths.addObject();
            path.put("issueCode", e.method().issueCode());
            path.put("method", e.method().method());
            strings(path.putArray("actions"), e.method().actions());
            strings(path.putArray("policies"), e.policies());
        }
        ObjectNode unbounded = out.putObject("unbounded");
        p.permissions()
                .unboundedActions()
                .byService()
                .forEach((service, names) -> strings(unbounded.putArray(service), names));
        out.set("allows", grants(p.permissions().policies(), true));
        out.set("denies", grants(p.permissions().policies(), false));
        return out;
    }

    private static ObjectNode attachment(Attachment a) {
        ObjectNode out = JSON.objectNode();
        out.put("name", a.name());
        out.put("kind", a.kind().name());
        out.put("origin", a.origin());
        out.put("arn", a.arn());
        if (a.viaGroup().isPresent()) {
            out.put("viaGroup", a.viaGroup().get());
        } else {
            out.putNull("viaGroup");
        }
        if (a.document() != null && a.document().root().isPresent()) {
            out.set("document", RegoInput.json(a.document().root().get()));
        } else {
            out.putNull("document");
        }
        return out;
    }

    /** By service prefix, one entry per statement (and resource coverage) that allows, or denies, its actions. */
    private static ObjectNode grants(List<PolicyGrants> policies, boolean allow) {
        ObjectNode out = JSON.objectNode();
        for (PolicyGrants policy : policies) {
            for (Grant g : policy.grants()) {
                if (g.allow() != allow) {
                    continue;
                }
                for (Map.Entry<String, List<String>> e : g.actions().byService().entrySet()) {
                    ArrayNode list = out.has(e.getKey()) ? (ArrayNode) out.get(e.getKey()) : out.putArray(e.getKey());
                    ObjectNode grant = list.addObject();
                    strings(grant.putArray("actions"), e.getValue());
                    strings(
                            grant.putArray("resources"),
                            g.resources().all() ? List.of("*") : g.resources().included());
                    strings(grant.putArray("notResources"), g.resources().excluded());
                    grant.put("condition", conditionClass(g.conditions()));
                    strings(grant.putArray("conditionKeys"), g.conditions().keys());
                    grant.put("policy", g.source().policy());
                    grant.put("statement", g.source().statement());
                    grant.put("sid", g.source().sid());
                }
            }
        }
        return out;
    }

    /**
     * {@code none}: no Condition; {@code limiting}: a key restricts who or what may use the grant;
     * {@code passedToService}: only iam:PassedToService; {@code nonLimiting}: only keys such as the Region or MFA.
     */
    static String conditionClass(ConditionClass c) {
        if (c.isUnconditional()) {
            return "none";
        }
        if (c.limiting()) {
            return "limiting";
        }
        return c.passedToServices().isEmpty() ? "nonLimiting" : "passedToService";
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
