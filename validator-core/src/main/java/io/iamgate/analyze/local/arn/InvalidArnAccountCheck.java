package io.iamgate.analyze.local.arn;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.ResourceCheck;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.FindingType;
import io.iamgate.model.Statement;
import io.iamgate.reference.ArnFormat;
import java.util.List;

/**
 * A literal account field that is not a 12-digit account ID. {@code aws} (AWS managed policies) and any
 * literal a format of the service spells out are accounts too.
 */
@CheckInfo(
        issueCode = "INVALID_ARN_ACCOUNT",
        findingType = FindingType.ERROR,
        title = "Invalid ARN account",
        anchor = "error-invalid-arn-account")
public final class InvalidArnAccountCheck extends PolicyCheck implements ResourceCheck {

    @Override
    public void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out) {
        PolicyArn.of(ctx, resource).ifPresent(p -> {
            String account = p.arn().account();
            if (account.isEmpty()
                    || !PolicyArn.isLiteral(account)
                    || isAccountId(account)
                    || account.equals("aws")
                    || !p.serviceKnown()) {
                return;
            }
            List<ArnFormat> formats = p.formats();
            boolean spelledOut = formats.stream().anyMatch(f -> f.account().equalsIgnoreCase(account));
            if (!spelledOut && formats.stream().anyMatch(ArnFormat::hasAccount)) {
                out.report(finding(
                        "The resource ARN account ID " + account + " is not valid. Provide a 12-digit "
                                + "account ID, or * for any account.",
                        resource.location()));
            }
        });
    }

    private static boolean isAccountId(String account) {
        if (account.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (!Character.isDigit(account.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
