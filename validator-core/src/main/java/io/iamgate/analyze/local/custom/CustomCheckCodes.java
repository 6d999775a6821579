package io.iamgate.analyze.local.custom;

import java.util.Set;

/**
 * The issue codes of the custom policy checks, shared by the offline checks and the Access Analyzer
 * analyzer so that the same result from both merges into one finding (same code, same statement path).
 * Access Analyzer's custom checks answer PASS/FAIL, not issue codes: these names are iamgate's.
 */
public final class CustomCheckCodes {

    /** CheckAccessNotGranted FAIL: the policy grants one of the listed actions or resources. */
    public static final String ACCESS_GRANTED = "ACCESS_GRANTED";
    /** CheckNoPublicAccess FAIL: the resource policy grants public access. */
    public static final String PUBLIC_ACCESS = "PUBLIC_ACCESS";
    /** CheckNoNewAccess FAIL: the policy grants access its reference policy does not. */
    public static final String NEW_ACCESS = "NEW_ACCESS";

    public static final String LEARN_MORE =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html";

    /**
     * CheckNoPublicAccess's resourceType values (AccessCheckResourceType, API model 2019-11-01). Both the
     * offline check and the API call run only for resource policies of these types, so they agree on scope.
     */
    public static final Set<String> PUBLIC_ACCESS_RESOURCE_TYPES = Set.of(
            "AWS::DynamoDB::Table",
            "AWS::DynamoDB::Stream",
            "AWS::EFS::FileSystem",
            "AWS::OpenSearchService::Domain",
            "AWS::Kinesis::Stream",
            "AWS::Kinesis::StreamConsumer",
            "AWS::KMS::Key",
            "AWS::Lambda::Function",
            "AWS::S3::Bucket",
            "AWS::S3::AccessPoint",
            "AWS::S3Express::DirectoryBucket",
            "AWS::S3::Glacier",
            "AWS::S3Outposts::Bucket",
            "AWS::S3Outposts::AccessPoint",
            "AWS::SecretsManager::Secret",
            "AWS::SNS::Topic",
            "AWS::SQS::Queue",
            "AWS::IAM::AssumeRolePolicyDocument",
            "AWS::S3Tables::TableBucket",
            "AWS::ApiGateway::RestApi",
            "AWS::CodeArtifact::Domain",
            "AWS::Backup::BackupVault",
            "AWS::CloudTrail::Dashboard",
            "AWS::CloudTrail::EventDataStore",
            "AWS::S3Tables::Table",
            "AWS::S3Express::AccessPoint");

    /** Whether CheckNoPublicAccess accepts this resource type (null: none given, so no). */
    public static boolean checksPublicAccess(String resourceType) {
        return resourceType != null && PUBLIC_ACCESS_RESOURCE_TYPES.contains(resourceType);
    }

    private CustomCheckCodes() {}
}
