package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class ForAnyValueWithAudienceClaimTypeCheckTest {

    @Test
    void reportsForAnyValueOnAnAudienceClaim() {
        CheckTester.of(new ForAnyValueWithAudienceClaimTypeCheck())
                .policy(allow("'ForAnyValue:StringEquals':{«'cognito-identity.amazonaws.com:aud'»:'us-east-1:pool',"
                        + "«'token.actions.githubusercontent.com:aud'»:'sts.amazonaws.com'}"))
                .expectFindings();
    }

    @Test
    void leavesUnqualifiedAudiencesForAllValuesAndOtherClaimsAlone() {
        CheckTester.of(new ForAnyValueWithAudienceClaimTypeCheck())
                .policy(allow("'StringEquals':{'cognito-identity.amazonaws.com:aud':'us-east-1:pool'},"
                        + "'ForAllValues:StringEquals':{'accounts.google.com:aud':'x'},"
                        + "'ForAnyValue:StringLike':{'cognito-identity.amazonaws.com:amr':'authenticated'}"))
                .expectNoFindings();
    }
}
