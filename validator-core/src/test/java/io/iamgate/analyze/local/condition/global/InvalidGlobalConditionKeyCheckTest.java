package io.iamgate.analyze.local.condition.global;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidGlobalConditionKeyCheckTest {

    @Test
    void reportsUnknownAwsKeysOnTheKeyName() {
        CheckTester.of(new InvalidGlobalConditionKeyCheck())
                .policy(allow("'StringEquals':{«'aws:SourceAcount'»:'111122223333',«'aws:ResourceTags/x'»:'a'}"))
                .expectFindings();
    }

    @Test
    void acceptsKnownKeysInAnyCaseTagFamiliesAndServiceKeys() {
        CheckTester.of(new InvalidGlobalConditionKeyCheck())
                .policy(allow("'StringEquals':{'aws:SourceAccount':'1','aws:resourceorgid':'o-1',"
                        + "'aws:PrincipalTag/team':'a','s3:prefix':'x','aws:ResourceTag':'bare, reported as missing tag key'},"
                        + "'ForAnyValue:StringEquals':{'aws:CalledVia':'athena.amazonaws.com'}"))
                .expectNoFindings();
    }

    @Test
    void acceptsTheGlobalKeysPoliciesCommonlyUse() {
        String keys =
                "aws:SourceIp aws:SourceVpc aws:SourceVpce aws:VpcSourceIp aws:PrincipalOrgID aws:PrincipalOrgPaths "
                        + "aws:PrincipalArn aws:PrincipalAccount aws:PrincipalType aws:PrincipalServiceName "
                        + "aws:PrincipalServiceNamesList aws:PrincipalIsAWSService aws:userid aws:username aws:SecureTransport "
                        + "aws:MultiFactorAuthPresent aws:MultiFactorAuthAge aws:CurrentTime aws:EpochTime aws:TokenIssueTime "
                        + "aws:SourceArn aws:SourceAccount aws:SourceOrgID aws:SourceOrgPaths aws:CalledVia aws:CalledViaFirst "
                        + "aws:CalledViaLast aws:ViaAWSService aws:RequestedRegion aws:TagKeys aws:RequestTag/a "
                        + "aws:ResourceTag/b aws:PrincipalTag/c aws:ResourceAccount aws:ResourceOrgID aws:ResourceOrgPaths "
                        + "aws:FederatedProvider aws:SourceIdentity aws:Ec2InstanceSourceVpc aws:Ec2InstanceSourcePrivateIPv4 "
                        + "aws:SourceVpcArn aws:VpceAccount aws:VpceOrgID aws:VpceOrgPaths aws:UserAgent aws:Referer "
                        + "aws:AssumedRoot aws:ARN aws:PrincipalOrgMasterAccountId";
        StringBuilder members = new StringBuilder();
        for (String key : keys.split(" ")) {
            members.append(members.length() == 0 ? "" : ",")
                    .append("'")
                    .append(key)
                    .append("':'x'");
        }
        CheckTester.of(new InvalidGlobalConditionKeyCheck())
                .policy(allow("'StringEquals':{" + members + "}"))
                .expectNoFindings();
    }
}
