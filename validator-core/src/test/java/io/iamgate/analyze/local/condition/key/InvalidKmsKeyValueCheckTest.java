package io.iamgate.analyze.local.condition.key;

import static io.iamgate.analyze.local.condition.Policies.allow;

import io.iamgate.analyze.local.CheckTester;
import org.junit.jupiter.api.Test;

class InvalidKmsKeyValueCheckTest {

    @Test
    void reportsKeyIdsAndAliases() {
        CheckTester.of(new InvalidKmsKeyValueCheck())
                .policy(allow("'StringEquals':{'s3:x-amz-server-side-encryption-aws-kms-key-id':[«'my-key'»,"
                        + "«'arn:aws:kms:us-east-1:111122223333:alias/my-key'»]}"))
                .expectFindings();
    }

    @Test
    void acceptsKeyArnsAndArnPatterns() {
        CheckTester.of(new InvalidKmsKeyValueCheck())
                .policy(allow("'StringEquals':{'s3:x-amz-server-side-encryption-aws-kms-key-id':"
                        + "'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'},"
                        + "'StringLike':{'s3:x-amz-server-side-encryption-aws-kms-key-id':'arn:aws:kms:*:111122223333:key/*'},"
                        + "'StringNotEquals':{'kms:ViaService':'my-key'}"))
                .expectNoFindings();
    }
}
