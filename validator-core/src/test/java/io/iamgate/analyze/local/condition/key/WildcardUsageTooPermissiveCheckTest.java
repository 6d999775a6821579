package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;
import static io.iamgate.analyze.local.condition.Policies.deny;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class WildcardUsageTooPermissiveCheckTest {

    @Test
    void reportsShortSubjectPrefixesSensitiveKeysAndUserIdLeftOfColon() {
        CheckTester.of(new WildcardUsageTooPermissiveCheck())
                .policy(allow("'StringLike':{'token.actions.githubusercontent.com:sub':[«'repo:*'»,'repo:my-org/*'],"
                        + "'token.actions.githubusercontent.com:aud':«'sts.*'»,'aws:userid':[«'AROA*:x'»,'AROAEXAMPLE:*',"
                        + "'*:session']}"))
                .expectFindings();
    }

    @Test
    void nearMisses() {
        CheckTester.of(new WildcardUsageTooPermissiveCheck())
                .policy(allow(
                        "'StringLike':{'kms:ViaService':'s3.*.amazonaws.com','s3:prefix':'*/${aws:PrincipalAccount}/*',"
                                + "'token.actions.githubusercontent.com:sub':'repo:my-org/my-repo:*'},"
                                + "'StringNotLike':{'aws:userid':'AROA*'},'StringEquals':{'aws:userid':'AROA*:x'}"))
                .expectNoFindings();
        CheckTester.of(new WildcardUsageTooPermissiveCheck())
                .policy(deny("'StringLike':{'token.actions.githubusercontent.com:sub':'repo:*'}"))
                .expectNoFindings();
    }
}
