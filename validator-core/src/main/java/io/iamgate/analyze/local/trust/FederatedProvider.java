package io.iamgate.analyze.local.trust;

import java.util.Locale;

/**
 * What a Federated principal names: a SAML provider ARN, an OIDC provider ARN, or the domain of a web
 * identity provider (cognito-identity.amazonaws.com, accounts.google.com, ...). {@code conditionPrefix} is
 * the prefix of the provider's own condition keys ("token.actions.githubusercontent.com:" for
 * arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com), lower-case.
 */
public record FederatedProvider(Kind kind, String conditionPrefix) {

    public enum Kind {
        SAML,
        OIDC,
        WEB_IDENTITY_DOMAIN,
        INVALID
    }

    public static final String GITHUB = "token.actions.githubusercontent.com";

    public static FederatedProvider of(String value) {
        if (value.startsWith("arn:")) {
            String[] arn = value.split(":", 6);
            if (arn.length == 6 && arn[2].equals("iam") && arn[3].isEmpty()) {
                if (arn[5].startsWith("saml-provider/") && arn[5].length() > "saml-provider/".length()) {
                    return new FederatedProvider(Kind.SAML, "saml:");
                }
                if (arn[5].startsWith("oidc-provider/") && arn[5].length() > "oidc-provider/".length()) {
                    String host = arn[5].substring("oidc-provider/".length());
                    return new FederatedProvider(Kind.OIDC, host.toLowerCase(Locale.ROOT) + ":");
                }
            }
            return new FederatedProvider(Kind.INVALID, "");
        }
        return isDomain(value)
                ? new FederatedProvider(Kind.WEB_IDENTITY_DOMAIN, value.toLowerCase(Locale.ROOT) + ":")
                : new FederatedProvider(Kind.INVALID, "");
    }

    /** The assume-role action this provider's users call. */
    public String assumeAction() {
        return kind == Kind.SAML ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity";
    }

    public boolean isOpenIdConnect() {
        return kind == Kind.OIDC || kind == Kind.WEB_IDENTITY_DOMAIN;
    }

    public boolean isGitHub() {
        return kind == Kind.OIDC && conditionPrefix.startsWith(GITHUB);
    }

    /** Dot-separated labels of letters, digits and hyphens, at least two labels. */
    private static boolean isDomain(String value) {
        int labels = 1;
        int labelLength = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labels++;
                labelLength = 0;
            } else if (Character.isLetterOrDigit(c) && c < 128 || c == '-') {
                labelLength++;
            } else {
                return false;
            }
        }
        return labels >= 2 && labelLength > 0;
    }
}
