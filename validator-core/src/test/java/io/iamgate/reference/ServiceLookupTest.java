package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceLookupTest {

    private final IamReference ref = IamReference.bundled();

    @Test
    void servicePrefixesAreCaseInsensitive() {
        Service s3 = ref.service("s3").orElseThrow();
        assertSame(s3, ref.service("S3").orElseThrow());
        assertEquals("s3", s3.prefix());
        assertFalse(s3.name().isBlank());
        assertTrue(ref.service("no-such-service").isEmpty());
    }

    @Test
    void actionNamesAreCaseInsensitive() {
        Action getObject = ref.action("s3:GetObject").orElseThrow();
        assertSame(getObject, ref.action("S3:getobject").orElseThrow());
        assertSame(
                getObject, ref.service("s3").orElseThrow().action("GETOBJECT").orElseThrow());
        assertEquals("s3:GetObject", getObject.fullName());
        assertTrue(ref.action("s3:GetObjects").isEmpty());
        assertTrue(ref.action("s3:Get*").isEmpty());
        assertTrue(ref.action("GetObject").isEmpty());
    }

    @Test
    void actionsCarryTheirFacts() {
        Action getObject = ref.action("s3:GetObject").orElseThrow();
        assertEquals(AccessLevel.READ, getObject.accessLevel());
        assertTrue(getObject.resourceType("object").isPresent());
        assertTrue(getObject.supportsResourceLevelPermissions());
        assertEquals(AccessLevel.WRITE, ref.action("s3:PutObject").orElseThrow().accessLevel());
        assertEquals(
                AccessLevel.LIST,
                ref.action("s3:ListAllMyBuckets").orElseThrow().accessLevel());
        assertEquals(
                AccessLevel.PERMISSIONS_MANAGEMENT,
                ref.action("iam:PutRolePolicy").orElseThrow().accessLevel());
        assertEquals(
                AccessLevel.TAGGING, ref.action("iam:TagRole").orElseThrow().accessLevel());
        assertFalse(ref.action("s3:ListAllMyBuckets").orElseThrow().supportsResourceLevelPermissions());
        Action passRole = ref.action("iam:PassRole").orElseThrow();
        assertTrue(passRole.resourceType("role").orElseThrow().required());
    }

    @Test
    void actionsAreSortedAndIndexedConsistently() {
        for (Service service : ref.services()) {
            List<Action> actions = service.actions();
            for (int i = 1; i < actions.size(); i++) {
                String before = actions.get(i - 1).name().toLowerCase(Locale.ROOT);
                String after = actions.get(i).name().toLowerCase(Locale.ROOT);
                assertTrue(before.compareTo(after) < 0, service.prefix() + ": " + before + " / " + after);
            }
            for (Action action : actions) {
                assertEquals(service.prefix(), action.service());
                assertSame(
                        action,
                        service.action(action.name().toUpperCase(Locale.ROOT)).orElseThrow());
                for (ActionResourceType row : action.resourceTypes()) {
                    assertTrue(service.resourceType(row.name()).isPresent(), action.fullName() + " -> " + row.name());
                }
            }
        }
    }

    @Test
    void resourceTypesAreCaseInsensitiveAndHaveFormats() {
        Service s3 = ref.service("s3").orElseThrow();
        ResourceType object = s3.resourceType("OBJECT").orElseThrow();
        assertEquals("object", object.name());
        assertEquals("s3", object.service());
        assertEquals(
                List.of("arn:${Partition}:s3:::${BucketName}/${ObjectName}"),
                object.arnFormats().stream().map(ArnFormat::format).toList());
        for (Service service : ref.services()) {
            for (ResourceType type : service.resourceTypes()) {
                assertFalse(type.arnFormats().isEmpty(), service.prefix() + " " + type.name());
            }
        }
    }

    @Test
    void rcpSupportIncludesTheLaunchServices() {
        List<String> rcp = ref.rcpServices().stream().map(Service::prefix).toList();
        // The services RCPs launched with (AWS Organizations, Nov 2024) and the 2025 additions.
        for (String prefix : List.of(
                "s3", "sts", "sqs", "secretsmanager", "kms", "ecr", "aoss", "cognito-idp", "logs", "dynamodb")) {
            assertTrue(rcp.contains(prefix), prefix);
            assertTrue(ref.service(prefix).orElseThrow().rcpSupported(), prefix);
        }
        assertFalse(ref.service("ec2").orElseThrow().rcpSupported());
    }

    @Test
    void partitionsAndRegions() {
        Partitions partitions = ref.partitions();
        for (String id :
                List.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc")) {
            assertTrue(partitions.isPartition(id), id);
            assertFalse(partitions.partition(id).orElseThrow().regions().isEmpty(), id);
        }
        assertFalse(partitions.isPartition("aws-xx"));
        assertEquals(
                "aws", partitions.partitionOfRegion("us-east-1").orElseThrow().id());
        assertEquals(
                "aws", partitions.partitionOfRegion("af-south-1").orElseThrow().id());
        assertEquals(
                "aws-us-gov",
                partitions.partitionOfRegion("us-gov-west-1").orElseThrow().id());
        assertEquals(
                "aws-cn",
                partitions.partitionOfRegion("cn-northwest-1").orElseThrow().id());
        assertEquals(
                "aws-iso-b",
                partitions.partitionOfRegion("us-isob-east-1").orElseThrow().id());
        assertFalse(partitions.isRegion("us-east-9"));
        assertFalse(partitions.isRegion("US-EAST-1"));
        // Endpoint pseudo-regions are not Region codes.
        assertFalse(partitions.isRegion("aws-global"));
    }
}
