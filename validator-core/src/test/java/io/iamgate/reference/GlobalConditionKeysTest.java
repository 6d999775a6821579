package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalConditionKeysTest {

    private final GlobalConditionKeys globals = IamReference.bundled().globalConditionKeys();

    private GlobalConditionKey find(String name) {
        return globals.find(name).orElseThrow(() -> new AssertionError("not found: " + name));
    }

    @Test
    void tableHasTheDocumentedKeysWithTheirTypes() {
        assertTrue(
                globals.all().size() >= 50,
                () -> "global keys: " + globals.all().size());
        assertEquals(ConditionKeyType.STRING, find("aws:PrincipalOrgID").type());
        assertEquals(ConditionKeyType.ARN, find("aws:PrincipalArn").type());
        assertEquals(ConditionKeyType.ARN, find("aws:SourceArn").type());
        assertEquals(ConditionKeyType.BOOL, find("aws:SecureTransport").type());
        assertEquals(ConditionKeyType.BOOL, find("aws:ViaAWSService").type());
        assertEquals(ConditionKeyType.IP_ADDRESS, find("aws:SourceIp").type());
        assertEquals(ConditionKeyType.DATE, find("aws:CurrentTime").type());
        assertEquals(ConditionKeyType.NUMERIC, find("aws:MultiFactorAuthAge").type());
        assertEquals("principal", find("aws:PrincipalArn").category());
    }

    @Test
    void multivaluedGlobalKeys() {
        for (String name : List.of(
                "aws:CalledVia",
                "aws:TagKeys",
                "aws:PrincipalOrgPaths",
                "aws:ResourceOrgPaths",
                "aws:PrincipalServiceNamesList")) {
            assertTrue(find(name).multivalued(), name);
        }
        for (String name : List.of("aws:PrincipalOrgID", "aws:SourceIp", "aws:CalledViaFirst", "aws:username")) {
            assertFalse(find(name).multivalued(), name);
        }
    }

    @Test
    void caseInsensitiveWithTagFamilies() {
        assertEquals(
                "aws:PrincipalTag/${TagKey}",
                find("AWS:principaltag/Department").name());
        assertEquals("aws:referer", find("aws:Referer").name());
        assertTrue(globals.contains("aws:RequestTag/env"));
    }

    @Test
    void deprecatedAndUnknownKeys() {
        GlobalConditionKey arn = find("aws:ARN");
        assertTrue(arn.deprecated());
        assertTrue(arn.replacedBy().contains("aws:PrincipalArn"));
        assertTrue(globals.isDeprecated("aws:arn"));
        assertFalse(globals.isDeprecated("aws:PrincipalArn"));
        assertFalse(globals.contains("aws:PrincipalOrgMasterAccountId"));
        assertFalse(globals.contains("aws:SourceIP4"));
    }

    @Test
    void acceptedUnlistedKeysComeFromTheSupplementAndStayOutOfTheTable() {
        // scripts/iam-reference-supplement.json acceptedGlobalConditionKeys: accepted, but no type known.
        assertTrue(globals.isAcceptedUnlisted("aws:PrincipalOrgMasterAccountId"));
        assertTrue(globals.isAcceptedUnlisted("AWS:principalorgmasteraccountid"));
        assertFalse(globals.contains("aws:PrincipalOrgMasterAccountId"));
        assertFalse(globals.isAcceptedUnlisted("aws:PrincipalOrgID"));
        assertFalse(globals.isAcceptedUnlisted("aws:SourceIP4"));
    }

    @Test
    void epochTimeAlsoWorksWithNumericOperators() {
        GlobalConditionKey epoch = find("aws:EpochTime");
        assertEquals(ConditionKeyType.DATE, epoch.type());
        assertTrue(epoch.accepts(ConditionKeyType.NUMERIC));
        assertTrue(epoch.accepts(ConditionKeyType.DATE));
        assertFalse(epoch.accepts(ConditionKeyType.STRING));
        assertFalse(find("aws:CurrentTime").accepts(ConditionKeyType.NUMERIC));
    }

    @Test
    void globalPrefix() {
        assertTrue(GlobalConditionKeys.hasGlobalPrefix("aws:SourceIp"));
        assertTrue(GlobalConditionKeys.hasGlobalPrefix("AWS:SourceIp"));
        assertFalse(GlobalConditionKeys.hasGlobalPrefix("awsx:SourceIp"));
        assertFalse(GlobalConditionKeys.hasGlobalPrefix("s3:prefix"));
    }
}
