package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.Set;

/**
 * Keys whose value the caller writes into the request (HTTP headers): the IAM docs warn that aws:UserAgent
 * and aws:Referer can be set to anything, so they cannot protect access.
 */
@CheckInfo(
        issueCode = "UNTRUSTWORTHY_CONDITION_KEY",
        findingType = FindingType.SECURITY_WARNING,
        title = "Untrustworthy condition key",
        anchor = "security-warning-untrustworthy-condition-key")
public final class UntrustworthyConditionKeyCheck extends PolicyCheck implements ConditionCheck {

    private static final Set<String> CALLER_CONTROLLED = Set.of("aws:useragent", "aws:referer");

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (CALLER_CONTROLLED.contains(ConditionKeys.lower(condition.key()))) {
            out.report(finding(
                    "The condition key " + condition.key() + " comes from a request header the caller "
                            + "sets freely, so it can be spoofed and must not decide access. Use a key AWS sets, such as "
                            + "aws:SourceVpce, aws:SourceIp or aws:PrincipalArn.",
                    condition.keyLocation()));
        }
    }
}
