package io.iamgate.analyze.local.condition.global;

import io.iamgate.model.PolicyType;
import io.iamgate.reference.GlobalConditionKey;
import io.iamgate.reference.GlobalConditionKeys;
import java.util.Optional;

/**
 * Who reports a deprecated global key (today only aws:ARN). AA documents two codes for it and no rule
 * between them; iamgate's reading: where the caller is the principal the key described (identity policies,
 * SCPs) it is merely deprecated in favour of aws:PrincipalArn; in policies attached to resources (resource,
 * trust, RCP) it could mean the caller or the source and is unsupported.
 */
final class DeprecatedGlobalKeys {

    private DeprecatedGlobalKeys() {}

    static Optional<GlobalConditionKey> deprecated(GlobalConditionKeys keys, String key) {
        return keys.find(key).filter(GlobalConditionKey::deprecated);
    }

    static boolean isUnsupportedIn(PolicyType type) {
        return type.hasPrincipals();
    }
}
