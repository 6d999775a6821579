package io.iamgate.analyze.local.servicekey;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.Statement;
import io.iamgate.reference.ConditionKeyType;
import io.iamgate.reference.GlobalConditionKeys;
import io.iamgate.reference.IamReference;
import io.iamgate.reference.ResourceArn;
import java.util.Optional;

/**
 * A service IAM does not know, named by a resource ARN's service field, a condition key's prefix, or an
 * ARN given as the value of an ARN-typed condition key: nothing can ever match it. Wildcards, policy
 * variables and identity-provider keys are never judged.
 */
@CheckInfo(
        issueCode = "INVALID_SERVICE",
        findingType = FindingType.ERROR,
        title = "Invalid service",
        anchor = "error-invalid-service")
public final class InvalidServiceCheck extends PolicyCheck implements ResourceCheck, ConditionCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        unknownArnService(ctx.reference(), resource.value())
                .ifPresent(s -> out.report(invalid(s, "resource ARN", resource.location())));
    }

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        String prefix = ConditionKeys.prefix(key);
        if (!prefix.isEmpty()
                && !GlobalConditionKeys.hasGlobalPrefix(key)
                && !ConditionKeys.isIdentityProviderKey(key)
                && !ctx.reference().isConditionKeyPrefix(prefix)
                && ctx.reference().service(prefix).isEmpty()) {
            out.report(invalid(prefix, "condition key " + key, condition.keyLocation()));
            return;
        }
        boolean arnKey = ConditionKeys.definition(ctx.reference(), key)
                .map(d -> d.type().elementType() == ConditionKeyType.ARN)
                .orElse(false);
        if (arnKey) {
            for (ConditionValue value : condition.values()) {
                if (value.isString()) {
                    unknownArnService(ctx.reference(), value.text())
                            .ifPresent(s -> out.report(invalid(s, "ARN " + value.text(), value.location())));
                }
            }
        }
    }

    private static Optional<String> unknownArnService(IamReference reference, String text) {
        if (!text.startsWith("arn:")) {
            return Optional.empty();
        }
        return ResourceArn.parse(text)
                .map(ResourceArn::service)
                .filter(s -> !s.isEmpty() && s.indexOf('*') < 0 && s.indexOf('?') < 0 && !s.contains("${"))
                .filter(s -> reference.service(s).isEmpty()
                        && reference.resourceTypesForArnService(s).isEmpty());
    }

    private io.iamgate.model.Finding invalid(String service, String where, Location location) {
        return finding(
                "The service " + service + " does not exist. Use a valid service name: the " + where
                        + " names a service prefix that the IAM reference does not list.",
                location);
    }
}
