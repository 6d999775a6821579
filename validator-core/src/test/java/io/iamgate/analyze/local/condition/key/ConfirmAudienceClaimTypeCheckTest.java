package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class ConfirmAudienceClaimTypeCheckTest {

    @Test
    void reportsForAllValuesOnAnAudienceClaim() {
        CheckTester.of(new ConfirmAudienceClaimTypeCheck())
                .policy(allow("'ForAllValues:StringEquals':{«'accounts.google.com:aud'»:'my-app-id',"
                        + "«'oidc.eks.us-east-1.amazonaws.com/id/ABC:aud'»:'sts.amazonaws.com'}"))
                .expectFindings();
    }

    @Test
    void leavesUnqualifiedAudiencesForAnyValueAndOtherClaimsAlone() {
        CheckTester.of(new ConfirmAudienceClaimTypeCheck())
                .policy(allow("'StringEquals':{'cognito-identity.amazonaws.com:aud':'us-east-1:pool'},"
                        + "'ForAnyValue:StringEquals':{'accounts.google.com:aud':'x'},"
                        + "'ForAllValues:StringLike':{'cognito-identity.amazonaws.com:amr':'authenticated'}"))
                .expectNoFindings();
    }
}
