package io.iamgate.analyze.local.condition;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;

/**
 * A condition key must be "prefix:name" (aws:SourceVpc, s3:prefix, accounts.google.com:aud). Without the
 * prefix IAM cannot tell whose key it is.
 */
@CheckInfo(
        issueCode = "INVALID_CONDITION_KEY_FORMAT",
        findingType = FindingType.ERROR,
        title = "Invalid condition key format",
        anchor = "error-invalid-condition-key-format")
public final class InvalidConditionKeyFormatCheck extends PolicyCheck implements ConditionCheck {

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        String key = condition.key();
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1 || hasBlank(key)) {
            out.report(finding(
                    "The condition key " + key + " is not in the format prefix:keyname. Name a "
                            + "global key (aws:SourceVpc) or a service key (s3:prefix) with its prefix.",
                    condition.keyLocation()));
        }
    }

    private static boolean hasBlank(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (Character.isWhitespace(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
