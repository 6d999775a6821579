package io.iamgate.analyze.local.passrole;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.ElementLocations;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.StatementCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyType;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;
import java.util.Optional;

/**
 * The shared logic of the PASS_ROLE_* and CREATE_SLR_* checks: an Allow statement in an identity (or
 * non-trust resource) policy that grants {@link SensitiveAction} in one {@link GrantShape}. Locations
 * follow Access Analyzer: the action entry (or the NotAction value), then the "*" resource entry (or the
 * NotResource value).
 *
 * <p>Only the resource "*" counts as a star resource (role ARNs with wildcards such as
 * arn:aws:iam::*:role/x-* do not: AWS's check reference says service-named role patterns may not warn,
 * and real answers show none on patterns). The star-resource checks stay silent when the statement's
 * Condition names the service key (iam:PassedToService, iam:AWSServiceName; key case-insensitive) under
 * any operator: AWS's resolution is "add the iam:PassedToService condition key to your statement", and
 * where neither the documentation nor a real answer says an operator does not count, no warning is raised
 * on a guess. Two shapes do not count, each shown by a real Access Analyzer answer: StringEqualsIfExists
 * (AWSServiceRoleForAmazonEKSNodegroup, which the check reference itself lists with this warning; the key
 * may be absent) and a value that begins with a wildcard ("*a4b.amazonaws.com" in
 * AlexaForBusinessFullAccess: it names no service). StringLikeIfExists with a literal value is answered
 * silent (AWSLambdaReplicator). The NotResource checks do not look at conditions.
 */
public abstract class SensitiveActionGrantCheck extends PolicyCheck implements StatementCheck {

    private final SensitiveAction target;
    private final GrantShape shape;

    SensitiveActionGrantCheck(SensitiveAction target, GrantShape shape) {
        this.target = target;
        this.shape = shape;
    }

    /** The finding text, given the action entry (or NotAction value) as written. */
    abstract String details(String actionText);

    @Override
    public final void checkStatement(CheckContext ctx, Statement statement, FindingSink out) {
        if (!grantsPermissions(ctx) || !statement.isAllow()) {
            return;
        }
        Optional<Location> resource =
                shape.starResource ? starResource(statement) : ElementLocations.value(statement, "NotResource");
        if (resource.isEmpty() || (shape.starResource && restrictedToServices(statement))) {
            return;
        }
        Optional<Location> action;
        String actionText;
        if (shape.actionForm == GrantShape.ActionForm.NOT_ACTION) {
            action = statement.has("NotAction") && !notActionExcludes(statement)
                    ? ElementLocations.value(statement, "NotAction")
                    : Optional.empty();
            actionText = "NotAction";
        } else {
            ElementEntry entry = matchingAction(statement, shape.actionForm == GrantShape.ActionForm.WILDCARD);
            action = entry == null ? Optional.empty() : Optional.of(entry.location());
            actionText = entry == null ? "" : entry.value();
        }
        action.ifPresent(a -> out.report(finding(details(actionText), a, resource.get())));
    }

    /** SCPs and RCPs only restrict, and a trust policy's only resource is its role. */
    private static boolean grantsPermissions(CheckContext ctx) {
        return !ctx.isTrustPolicy()
                && (ctx.policyType() == PolicyType.IDENTITY_POLICY || ctx.policyType() == PolicyType.RESOURCE_POLICY);
    }

    /** The first Action entry that covers the target, named exactly or (when {@code wildcard}) by a pattern. */
    private ElementEntry matchingAction(Statement statement, boolean wildcard) {
        for (ElementEntry entry : statement.actionEntries()) {
            if (entry.isNegated()) {
                continue;
            }
            String v = entry.value();
            boolean matches = Glob.hasWildcard(v)
                    ? wildcard && Glob.matchesIgnoringCase(v, target.action)
                    : !wildcard && v.equalsIgnoreCase(target.action);
            if (matches) {
                return entry;
            }
        }
        return null;
    }

    private boolean notActionExcludes(Statement statement) {
        for (ElementEntry entry : statement.actionEntries()) {
            if (entry.isNegated() && Glob.matchesIgnoringCase(entry.value(), target.action)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Location> starResource(Statement statement) {
        for (ElementEntry entry : statement.resourceEntries()) {
            if (!entry.isNegated() && "*".equals(entry.value())) {
                return Optional.of(entry.location());
            }
        }
        return Optional.empty();
    }

    private boolean restrictedToServices(Statement statement) {
        for (Statement.ConditionBlock block : statement.conditionBlocks()) {
            for (ConditionEntry entry : block.entries()) {
                if (entry.key().equalsIgnoreCase(target.serviceKey) && countsAsRestriction(block.operator(), entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The service key under any operator, but for the two shapes real answers show still warn. */
    private static boolean countsAsRestriction(ConditionOperator op, ConditionEntry entry) {
        if (op.base() == ConditionOperator.Base.StringEquals
                && op.ifExists()
                && op.qualifier() == ConditionOperator.Qualifier.NONE) {
            return false;
        }
        for (ConditionValue v : entry.values()) {
            if (v.isString() && (v.text().startsWith("*") || v.text().startsWith("?"))) {
                return false;
            }
        }
        return true;
    }
}
