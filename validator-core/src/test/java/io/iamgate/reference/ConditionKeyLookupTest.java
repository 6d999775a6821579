package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionKeyLookupTest {

    private final IamReference ref = IamReference.bundled();

    private ConditionKey key(String name) {
        return ref.conditionKey(name).orElseThrow(() -> new AssertionError("not found: " + name));
    }

    @Test
    void plainServiceKeyCaseInsensitive() {
        ConditionKey prefix = key("s3:prefix");
        assertEquals("s3:prefix", prefix.name());
        assertEquals(ConditionKeyType.STRING, prefix.type());
        assertFalse(prefix.multivalued());
        assertEquals(prefix, key("S3:PREFIX"));
    }

    @Test
    void globalTagFamilies() {
        ConditionKey resourceTag = key("aws:ResourceTag/team");
        assertEquals("aws:ResourceTag/${TagKey}", resourceTag.name());
        assertTrue(resourceTag.isTemplate());
        assertEquals(resourceTag, key("AWS:resourcetag/Cost-Center"));
        assertEquals("aws:PrincipalTag/${TagKey}", key("aws:PrincipalTag/x").name());
        assertEquals(
                "aws:RequestTag/${TagKey}",
                key("aws:RequestTag/${aws:username}").name());
        // The family needs a tag key (MISSING_TAG_KEY_IN_CONDITION is a separate check).
        assertTrue(ref.conditionKey("aws:ResourceTag/").isEmpty());
        assertTrue(ref.conditionKey("aws:ResourceTag").isEmpty());
    }

    @Test
    void serviceTagFamiliesWithPolicyVariables() {
        ConditionKey ec2Tag = key("ec2:ResourceTag/${aws:username}");
        assertEquals("ec2:ResourceTag/${TagKey}", ec2Tag.name());
        assertEquals(ConditionKeyType.STRING, ec2Tag.type());
        assertEquals(
                "s3:ExistingObjectTag/<key>",
                key("s3:ExistingObjectTag/classification").name());
    }

    @Test
    void familiesWithTemplatedPrefixAndIdentityProviderPrefixes() {
        // The reference has GitHub's custom claims (repository, ref, ...), not the standard OIDC
        // claims (aud, sub), which IAM accepts for any provider URL prefix.
        assertEquals(
                "token.actions.githubusercontent.com:repository",
                key("token.actions.githubusercontent.com:repository").name());
        assertEquals(
                "token.actions.${Domain}.ghe.com:repository",
                key("token.actions.mycorp.ghe.com:repository").name());
        assertEquals(
                "token.actions.githubusercontent.com/${SubPath}:ref",
                key("token.actions.githubusercontent.com/octo-org:ref").name());
        assertTrue(ref.conditionKey("saml:aud").isPresent());
        assertTrue(ref.isConditionKeyPrefix("saml"));
        assertTrue(ref.isConditionKeyPrefix("S3"));
        assertFalse(ref.isConditionKeyPrefix("nosuchprefix"));
    }

    @Test
    void multivaluedKeys() {
        assertTrue(key("aws:TagKeys").multivalued());
        assertEquals(ConditionKeyType.ARRAY_OF_STRING, key("aws:TagKeys").type());
        assertEquals(ConditionKeyType.STRING, key("aws:TagKeys").type().elementType());
        assertFalse(key("aws:PrincipalOrgID").multivalued());
    }

    @Test
    void unknownKeys() {
        assertTrue(ref.conditionKey("s3:NoSuchKey").isEmpty());
        assertTrue(ref.conditionKey("aws:PrincipalOrgMasterAccountId").isEmpty());
        assertTrue(ref.conditionKey("nosuchservice:Key").isEmpty());
        assertTrue(ref.conditionKey("noColon").isEmpty());
    }

    @Test
    void everyDefinedKeyFindsItself() {
        for (Service service : ref.services()) {
            for (ConditionKey defined : service.conditionKeys()) {
                assertEquals(defined, service.conditionKey(defined.name()).orElseThrow(), defined.name());
                assertTrue(ref.conditionKey(defined.name()).isPresent(), defined.name());
            }
        }
    }

    @Test
    void actionKeySupportIncludesFamiliesAndResourceRows() {
        Action getObject = ref.action("s3:GetObject").orElseThrow();
        assertTrue(getObject.supportsConditionKey("s3:ExistingObjectTag/team"));
        assertTrue(getObject.supportsConditionKey("S3:TLSVERSION"));
        assertFalse(getObject.supportsConditionKey("s3:max-keys"));
        assertTrue(ref.action("s3:ListBucket").orElseThrow().supportsConditionKey("s3:prefix"));
        Action tagRole = ref.action("iam:TagRole").orElseThrow();
        assertTrue(tagRole.supportsConditionKey("aws:RequestTag/team"));
        assertTrue(tagRole.supportsConditionKey("aws:TagKeys"));
    }

    @Test
    void serviceKeySupportForTagChecks() {
        assertTrue(ref.service("ec2").orElseThrow().supportsConditionKey("aws:ResourceTag/team"));
        assertTrue(ref.service("s3").orElseThrow().supportsConditionKey("s3:prefix"));
        assertFalse(ref.service("s3").orElseThrow().supportsConditionKey("ec2:Region"));
    }

    @Test
    void conditionKeySetsMatchFamilies() {
        ConditionKeySet set = ConditionKeySet.of(List.of("aws:ResourceTag/${TagKey}", "s3:prefix"));
        assertTrue(set.contains("aws:resourcetag/team"));
        assertTrue(set.contains("aws:ResourceTag/${TagKey}"));
        assertTrue(set.contains("S3:Prefix"));
        assertFalse(set.contains("aws:ResourceTag/"));
        assertFalse(set.contains("aws:RequestTag/team"));
        ConditionKeySet middle = ConditionKeySet.of(List.of("codebuild:secondarySources/${id}.auth.type"));
        assertTrue(middle.contains("codebuild:secondarySources/src1.auth.type"));
        assertFalse(middle.contains("codebuild:secondarySources/.auth.type"));
        assertFalse(middle.contains("codebuild:secondarySources/src1.auth.types"));
    }
}
