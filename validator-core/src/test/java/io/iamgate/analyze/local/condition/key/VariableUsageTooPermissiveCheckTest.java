package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class VariableUsageTooPermissiveCheckTest {

    @Test
    void reportsShortSubjectPrefixesAndUserIdLeftOfColon() {
        CheckTester.of(new VariableUsageTooPermissiveCheck())
                .policy(allow("'StringEquals':{'app.terraform.io:sub':«'org:${aws:PrincipalTag/x}'»,"
                        + "'aws:userid':[«'${aws:PrincipalTag/id}x:s'»,'${aws:PrincipalTag/id}:s','AROAX:${aws:username}'],"
                        + "'accounts.google.com:aud':«'${aws:PrincipalTag/app}'»}"))
                .expectFindings();
    }

    @Test
    void acceptsAccountVariablesAsAwsManagedPoliciesUseThem() {
        CheckTester.of(new VariableUsageTooPermissiveCheck())
                .policy(
                        allow(
                                "'StringEquals':{'aws:ResourceAccount':'${aws:PrincipalAccount}',"
                                        + "'aws:PrincipalOrgID':'${aws:ResourceOrgID}'},"
                                        + "'StringLike':{'s3:prefix':'home/${aws:username}/*','app.terraform.io:sub':'organization:my-org:${aws:PrincipalTag/p}'}"))
                .expectNoFindings();
    }
}
