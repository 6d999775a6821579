package io.iamgate.analyze.local.condition.key;

import io.iamgate.analyze.local.condition.ConditionKeys;
import java.util.Set;

/**
 * Web-identity and SAML keys that carry the audience of a token: who it was issued for. The claim is
 * single-valued, so set qualifiers (ForAllValues/ForAnyValue) do not belong on it.
 */
final class AudienceClaimKeys {

    /** Keys named by the IAM docs for the built-in providers and SAML; "&lt;provider&gt;:aud" covers OIDC. */
    private static final Set<String> NAMED = Set.of(
            "accounts.google.com:aud",
            "accounts.google.com:oaud",
            "cognito-identity.amazonaws.com:aud",
            "graph.facebook.com:app_id",
            "www.amazon.com:app_id",
            "saml:aud");

    private AudienceClaimKeys() {}

    static boolean isAudience(String key) {
        String k = ConditionKeys.lower(key);
        return NAMED.contains(k) || (k.endsWith(":aud") && k.indexOf(':') == k.length() - 4 && k.indexOf('.') > 0);
    }
}
