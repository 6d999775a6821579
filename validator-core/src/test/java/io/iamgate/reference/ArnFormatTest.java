package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArnFormatTest {

    private final IamReference ref = IamReference.bundled();

    private static final ArnFormat S3_OBJECT = ArnFormat.parse("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
    private static final ArnFormat S3_BUCKET = ArnFormat.parse("arn:${Partition}:s3:::${BucketName}");
    private static final ArnFormat IAM_ROLE =
            ArnFormat.parse("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}");
    private static final ArnFormat LOG_GROUP =
            ArnFormat.parse("arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}");

    private static ResourceArn arn(String text) {
        return ResourceArn.parse(text).orElseThrow(() -> new AssertionError("not an ARN: " + text));
    }

    @Test
    void regionAndAccountFields() {
        assertFalse(S3_OBJECT.hasRegion());
        assertFalse(S3_OBJECT.hasAccount());
        assertFalse(IAM_ROLE.hasRegion());
        assertTrue(IAM_ROLE.hasAccount());
        assertTrue(LOG_GROUP.hasRegion());
        assertTrue(LOG_GROUP.hasAccount());
        assertEquals("s3", S3_OBJECT.service());
        assertEquals("${BucketName}/${ObjectName}", S3_OBJECT.resource());
    }

    @Test
    void concreteArns() {
        assertTrue(S3_OBJECT.canMatch("arn:aws:s3:::my-bucket/photos/cat.jpg"));
        assertFalse(S3_OBJECT.canMatch("arn:aws:s3:::my-bucket"));
        assertTrue(S3_BUCKET.canMatch("arn:aws:s3:::my-bucket"));
        assertTrue(IAM_ROLE.canMatch("arn:aws:iam::111122223333:role/service-role/App"));
        assertTrue(LOG_GROUP.canMatch("arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:x"));
    }

    @Test
    void wrongFieldsDoNotMatch() {
        // ARN_ACCOUNT_NOT_ALLOWED / ARN_REGION_NOT_ALLOWED shapes.
        assertFalse(S3_OBJECT.canMatch("arn:aws:s3::111122223333:my-bucket/*"));
        assertFalse(IAM_ROLE.canMatch("arn:aws:iam:us-east-1:111122223333:role/MyRole"));
        assertFalse(IAM_ROLE.canMatch("arn:aws:iam::111122223333:user/bob"));
        assertFalse(IAM_ROLE.canMatch("arn:aws:sts::111122223333:role/MyRole"));
        assertFalse(S3_OBJECT.canMatch("not-an-arn"));
    }

    @Test
    void wildcardsAndVariables() {
        assertTrue(S3_OBJECT.canMatch("arn:aws:s3:::my-bucket/*"));
        assertTrue(S3_OBJECT.canMatch("arn:aws:s3:::*"));
        assertTrue(S3_BUCKET.canMatch("arn:aws:s3:::my-*"));
        assertTrue(S3_OBJECT.canMatch("arn:aws:s3:::my-bucket/home/${aws:username}/*"));
        assertTrue(S3_OBJECT.canMatch("arn:*:s3:::b?cket/x"));
        assertTrue(IAM_ROLE.canMatch("arn:aws:iam::*:role/*"));
        assertTrue(LOG_GROUP.canMatch("arn:aws:logs:*:*:*"));
        assertFalse(IAM_ROLE.canMatch("arn:aws:iam::*:user/*"));
        // ${*} is a literal asterisk, not a wildcard.
        assertTrue(IAM_ROLE.canMatch("arn:aws:iam::111122223333:rol*/x"));
        assertFalse(IAM_ROLE.canMatch("arn:aws:iam::111122223333:rol${*}/x"));
    }

    @Test
    void resourceOnlyMatchTellsMissingRegionFromWrongResource() {
        ResourceArn noRegion = arn("arn:aws:logs:::log-group:App*");
        assertFalse(LOG_GROUP.canMatch(noRegion));
        assertTrue(LOG_GROUP.canMatchResource(noRegion));
        assertFalse(LOG_GROUP.canMatchResource(arn("arn:aws:logs:us-east-1:111122223333:metric-filter/x")));
    }

    @Test
    void resourceArnSplitsSixFieldsOutsideVariables() {
        ResourceArn parsed = arn("arn:aws:s3:::bucket/${aws:PrincipalTag/team}/x:y");
        assertEquals("aws", parsed.partition());
        assertEquals("s3", parsed.service());
        assertEquals("", parsed.region());
        assertEquals("", parsed.account());
        assertEquals("bucket/${aws:PrincipalTag/team}/x:y", parsed.resource());
        assertEquals(
                "log-group:a:log-stream:b",
                arn("arn:aws:logs:r:1:log-group:a:log-stream:b").resource());
        assertTrue(ResourceArn.parse("arn:aws:s3:my-bucket").isEmpty());
        assertTrue(ResourceArn.parse("aws:s3:::my-bucket/*").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ArnFormat.parse("arn:${Partition}:s3"));
    }

    @Test
    void referenceFindsResourceTypesForAnArn() {
        List<String> s3Object = ref.matchingResourceTypes(arn("arn:aws:s3:::my-bucket/key.txt")).stream()
                .map(t -> t.service() + ":" + t.name())
                .toList();
        assertTrue(s3Object.contains("s3:object"), s3Object.toString());
        // Placeholders may hold any characters, so "${BucketName}" is not ruled out by the slash:
        // "can match" never rejects an ARN that might be right.
        assertFalse(s3Object.contains("s3:accesspoint"), s3Object.toString());
        assertTrue(ref.matchingResourceTypes(arn("arn:aws:sqs:us-east-1:111122223333:my-queue")).stream()
                .anyMatch(t -> t.name().equals("queue")));
        // INVALID_ARN_RESOURCE: no IAM resource type starts "roles/" or "function-x:".
        assertTrue(ref.matchingResourceTypes(arn("arn:aws:iam::111122223333:roles/App"))
                .isEmpty());
        assertTrue(ref.matchingResourceTypes(arn("arn:aws:lambda:us-east-1:111122223333:function-x:f"))
                .isEmpty());
        assertTrue(ref.matchingResourceTypes(arn("arn:aws:iam::111122223333:role/App")).stream()
                .anyMatch(t -> t.service().equals("iam") && t.name().equals("role")));
        assertTrue(ref.matchingResourceTypes(arn("arn:aws:nosuchservice:us-east-1:111122223333:thing/x"))
                .isEmpty());
        assertTrue(ref.resourceTypesForArnService("IAM").stream()
                .anyMatch(t -> t.service().equals("sts")));
    }

    @Test
    void everyReferenceFormatMatchesAnArnBuiltFromIt() {
        // Fill each placeholder with a plain value: the format must accept its own instance.
        for (Service service : ref.services()) {
            for (ResourceType type : service.resourceTypes()) {
                for (ArnFormat format : type.arnFormats()) {
                    String concrete = format.format()
                            .replaceAll("\\$\\{Partition}", "aws")
                            .replaceAll("\\$\\{[^}]*}", "x1");
                    assertTrue(format.canMatch(concrete), format.format() + " / " + concrete);
                    assertTrue(type.canMatch(arn(concrete)), format.format());
                    if (!format.serviceIsPlaceholder()) {
                        assertTrue(ref.matchingResourceTypes(arn(concrete)).contains(type), format.format());
                    }
                }
            }
        }
    }
}
