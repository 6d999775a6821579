package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.condition.ConditionKeys;
import io.iamgate.analyze.local.condition.value.ValueText;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import java.util.Set;

/**
 * Keys whose request value is always a KMS key ARN (S3 sends the full key ARN even when the caller named the
 * key by ID or alias), so a key ID or alias in the policy never matches.
 */
@CheckInfo(
        issueCode = "INVALID_KMS_KEY_VALUE",
        findingType = FindingType.ERROR,
        title = "Invalid kms key value",
        anchor = "error-invalid-kms-key-value")
public final class InvalidKmsKeyValueCheck extends PolicyCheck implements ConditionCheck {

    private static final Set<String> KEY_ARN_KEYS = Set.of("s3:x-amz-server-side-encryption-aws-kms-key-id");

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        if (!KEY_ARN_KEYS.contains(ConditionKeys.lower(condition.key()))) {
            return;
        }
        for (ConditionValue v : condition.values()) {
            if (v.isString() && !isKeyArn(v.text())) {
                out.report(finding(
                        "The value \"" + v.text() + "\" of " + condition.key() + " is not a KMS key ARN, "
                                + "and the request always carries the key's ARN. Write "
                                + "arn:aws:kms:region:account-id:key/key-id.",
                        v.location()));
            }
        }
    }

    /** arn:partition:kms:region:account:key/id; patterns and variables only need the arn: shape. */
    private static boolean isKeyArn(String value) {
        if (ValueText.isMatchAll(value)) {
            return true;
        }
        String[] parts = value.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn")) {
            return false;
        }
        if (ValueText.hasWildcard(value) || ValueText.hasVariable(value)) {
            return true;
        }
        return parts[2].equals("kms")
                && !parts[1].isEmpty()
                && !parts[3].isEmpty()
                && !parts[4].isEmpty()
                && parts[5].startsWith("key/")
                && parts[5].length() > 4;
    }
}
