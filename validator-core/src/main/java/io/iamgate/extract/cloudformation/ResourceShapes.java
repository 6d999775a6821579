package io.iamgate.extract.cloudformation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code Ref} and {@code Fn::GetAtt} return for the resource types that appear in policies, so that a
 * reference to a resource of the template becomes a value of the right shape (a bucket name where a name is
 * returned, a well-formed ARN where an ARN is) rather than a string that a check would flag.
 */
final class ResourceShapes {

    /** What Ref returns for a type. */
    enum RefKind {
        NAME,
        ARN,
        ID,
        URL
    }

    /**
     * @param nameProperty the property that sets the physical name, if any
     * @param arn ARN pattern: {p} partition, {r} region, {a} account, {name} physical name or id
     */
    record Shape(RefKind ref, String nameProperty, String arn) {}

    static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("AWS::S3::Bucket", new Shape(RefKind.NAME, "BucketName", "arn:{p}:s3:::{name}")),
            Map.entry("AWS::S3::AccessPoint", new Shape(RefKind.NAME, "Name", "arn:{p}:s3:{r}:{a}:accesspoint/{name}")),
            Map.entry(
                    "AWS::S3::MultiRegionAccessPoint",
                    new Shape(RefKind.NAME, "Name", "arn:{p}:s3::{a}:accesspoint/{name}.mrap")),
            Map.entry(
                    "AWS::S3Express::DirectoryBucket",
                    new Shape(RefKind.NAME, "BucketName", "arn:{p}:s3express:{r}:{a}:bucket/{name}")),
            Map.entry(
                    "AWS::S3ObjectLambda::AccessPoint",
                    new Shape(RefKind.NAME, "Name", "arn:{p}:s3-object-lambda:{r}:{a}:accesspoint/{name}")),
            Map.entry("AWS::IAM::Role", new Shape(RefKind.NAME, "RoleName", "arn:{p}:iam::{a}:role/{name}")),
            Map.entry("AWS::IAM::User", new Shape(RefKind.NAME, "UserName", "arn:{p}:iam::{a}:user/{name}")),
            Map.entry("AWS::IAM::Group", new Shape(RefKind.NAME, "GroupName", "arn:{p}:iam::{a}:group/{name}")),
            Map.entry(
                    "AWS::IAM::ManagedPolicy",
                    new Shape(RefKind.ARN, "ManagedPolicyName", "arn:{p}:iam::{a}:policy/{name}")),
            Map.entry(
                    "AWS::IAM::InstanceProfile",
                    new Shape(RefKind.NAME, "InstanceProfileName", "arn:{p}:iam::{a}:instance-profile/{name}")),
            Map.entry("AWS::IAM::OIDCProvider", new Shape(RefKind.ARN, "Url", "arn:{p}:iam::{a}:oidc-provider/{name}")),
            Map.entry(
                    "AWS::IAM::SAMLProvider", new Shape(RefKind.ARN, "Name", "arn:{p}:iam::{a}:saml-provider/{name}")),
            Map.entry("AWS::SQS::Queue", new Shape(RefKind.URL, "QueueName", "arn:{p}:sqs:{r}:{a}:{name}")),
            Map.entry("AWS::SNS::Topic", new Shape(RefKind.ARN, "TopicName", "arn:{p}:sns:{r}:{a}:{name}")),
            Map.entry("AWS::KMS::Key", new Shape(RefKind.ID, null, "arn:{p}:kms:{r}:{a}:key/{name}")),
            Map.entry("AWS::KMS::ReplicaKey", new Shape(RefKind.ID, null, "arn:{p}:kms:{r}:{a}:key/{name}")),
            Map.entry("AWS::KMS::Alias", new Shape(RefKind.NAME, "AliasName", "arn:{p}:kms:{r}:{a}:{name}")),
            Map.entry(
                    "AWS::Lambda::Function",
                    new Shape(RefKind.NAME, "FunctionName", "arn:{p}:lambda:{r}:{a}:function:{name}")),
            Map.entry(
                    "AWS::Lambda::LayerVersion",
                    new Shape(RefKind.ARN, "LayerName", "arn:{p}:lambda:{r}:{a}:layer:{name}:1")),
            Map.entry(
                    "AWS::DynamoDB::Table",
                    new Shape(RefKind.NAME, "TableName", "arn:{p}:dynamodb:{r}:{a}:table/{name}")),
            Map.entry(
                    "AWS::DynamoDB::GlobalTable",
                    new Shape(RefKind.NAME, "TableName", "arn:{p}:dynamodb:{r}:{a}:table/{name}")),
            Map.entry(
                    "AWS::SecretsManager::Secret",
                    new Shape(RefKind.ARN, "Name", "arn:{p}:secretsmanager:{r}:{a}:secret:{name}-AbCdEf")),
            Map.entry(
                    "AWS::ECR::Repository",
                    new Shape(RefKind.NAME, "RepositoryName", "arn:{p}:ecr:{r}:{a}:repository/{name}")),
            Map.entry(
                    "AWS::Logs::LogGroup",
                    new Shape(RefKind.NAME, "LogGroupName", "arn:{p}:logs:{r}:{a}:log-group:{name}:*")),
            Map.entry(
                    "AWS::Events::EventBus",
                    new Shape(RefKind.NAME, "Name", "arn:{p}:events:{r}:{a}:event-bus/{name}")),
            Map.entry("AWS::Events::Rule", new Shape(RefKind.NAME, "Name", "arn:{p}:events:{r}:{a}:rule/{name}")),
            Map.entry("AWS::Kinesis::Stream", new Shape(RefKind.NAME, "Name", "arn:{p}:kinesis:{r}:{a}:stream/{name}")),
            Map.entry(
                    "AWS::KinesisFirehose::DeliveryStream",
                    new Shape(RefKind.NAME, "DeliveryStreamName", "arn:{p}:firehose:{r}:{a}:deliverystream/{name}")),
            Map.entry(
                    "AWS::StepFunctions::StateMachine",
                    new Shape(RefKind.ARN, "StateMachineName", "arn:{p}:states:{r}:{a}:stateMachine:{name}")),
            Map.entry(
                    "AWS::Backup::BackupVault",
                    new Shape(RefKind.NAME, "BackupVaultName", "arn:{p}:backup:{r}:{a}:backup-vault:{name}")),
            Map.entry(
                    "AWS::CodeArtifact::Domain",
                    new Shape(RefKind.ARN, "DomainName", "arn:{p}:codeartifact:{r}:{a}:domain/{name}")),
            Map.entry(
                    "AWS::CodeArtifact::Repository",
                    new Shape(RefKind.ARN, "RepositoryName", "arn:{p}:codeartifact:{r}:{a}:repository/domain/{name}")),
            Map.entry("AWS::ApiGateway::RestApi", new Shape(RefKind.ID, null, "arn:{p}:execute-api:{r}:{a}:{name}")),
            Map.entry(
                    "AWS::OpenSearchService::Domain",
                    new Shape(RefKind.NAME, "DomainName", "arn:{p}:es:{r}:{a}:domain/{name}")),
            Map.entry(
                    "AWS::Elasticsearch::Domain",
                    new Shape(RefKind.NAME, "DomainName", "arn:{p}:es:{r}:{a}:domain/{name}")),
            Map.entry(
                    "AWS::EFS::FileSystem",
                    new Shape(RefKind.ID, null, "arn:{p}:elasticfilesystem:{r}:{a}:file-system/{name}")),
            Map.entry("AWS::SSM::Parameter", new Shape(RefKind.NAME, "Name", "arn:{p}:ssm:{r}:{a}:parameter/{name}")),
            Map.entry(
                    "AWS::CloudTrail::Trail",
                    new Shape(RefKind.NAME, "TrailName", "arn:{p}:cloudtrail:{r}:{a}:trail/{name}")),
            Map.entry("AWS::Glue::Database", new Shape(RefKind.NAME, null, "arn:{p}:glue:{r}:{a}:database/{name}")),
            Map.entry(
                    "AWS::CodeBuild::Project",
                    new Shape(RefKind.NAME, "Name", "arn:{p}:codebuild:{r}:{a}:project/{name}")),
            Map.entry(
                    "AWS::ECS::Cluster", new Shape(RefKind.NAME, "ClusterName", "arn:{p}:ecs:{r}:{a}:cluster/{name}")),
            Map.entry(
                    "AWS::Cognito::UserPool",
                    new Shape(RefKind.ID, null, "arn:{p}:cognito-idp:{r}:{a}:userpool/{name}")),
            Map.entry(
                    "AWS::S3Tables::TableBucket",
                    new Shape(RefKind.ARN, "TableBucketName", "arn:{p}:s3tables:{r}:{a}:bucket/{name}")),
            Map.entry(
                    "AWS::Organizations::Policy",
                    new Shape(
                            RefKind.ID,
                            "Name",
                            "arn:{p}:organizations::{a}:policy/o-exampleorgid/service_control_policy/{name}")),
            // Ref gives the broker ID; its ARN ends in that ID, the name before it.
            Map.entry(
                    "AWS::AmazonMQ::Broker",
                    new Shape(
                            RefKind.ID,
                            "BrokerName",
                            "arn:{p}:mq:{r}:{a}:broker:{name}:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9")),
            Map.entry(
                    "AWS::OpenSearchServerless::Collection",
                    new Shape(RefKind.ID, null, "arn:{p}:aoss:{r}:{a}:collection/{name}")),
            Map.entry("AWS::EC2::VPCEndpoint", new Shape(RefKind.ID, null, "arn:{p}:ec2:{r}:{a}:vpc-endpoint/{name}")),
            Map.entry("AWS::AppSync::GraphQLApi", new Shape(RefKind.ARN, null, "arn:{p}:appsync:{r}:{a}:apis/{name}")),
            Map.entry(
                    "AWS::Batch::JobDefinition",
                    new Shape(RefKind.ARN, "JobDefinitionName", "arn:{p}:batch:{r}:{a}:job-definition/{name}:1")),
            Map.entry(
                    "AWS::Batch::JobQueue",
                    new Shape(RefKind.ARN, "JobQueueName", "arn:{p}:batch:{r}:{a}:job-queue/{name}")),
            // SAM resources: what Ref and Fn::GetAtt return for them is what they return for the resources the
            // transform makes (a Lambda function, a state machine, a table, a layer version, an API).
            Map.entry(
                    "AWS::Serverless::Function",
                    new Shape(RefKind.NAME, "FunctionName", "arn:{p}:lambda:{r}:{a}:function:{name}")),
            Map.entry(
                    "AWS::Serverless::StateMachine",
                    new Shape(RefKind.ARN, "Name", "arn:{p}:states:{r}:{a}:stateMachine:{name}")),
            Map.entry(
                    "AWS::Serverless::SimpleTable",
                    new Shape(RefKind.NAME, "TableName", "arn:{p}:dynamodb:{r}:{a}:table/{name}")),
            Map.entry(
                    "AWS::Serverless::LayerVersion",
                    new Shape(RefKind.ARN, "LayerName", "arn:{p}:lambda:{r}:{a}:layer:{name}:1")),
            Map.entry("AWS::Serverless::Api", new Shape(RefKind.ID, null, "arn:{p}:execute-api:{r}:{a}:{name}")),
            Map.entry("AWS::Serverless::HttpApi", new Shape(RefKind.ID, null, "arn:{p}:execute-api:{r}:{a}:{name}")),
            Map.entry(
                    "AWS::Serverless::GraphQLApi",
                    new Shape(RefKind.ARN, null, "arn:{p}:appsync:{r}:{a}:apis/{name}")));

    private ResourceShapes() {}

    static Optional<Shape> of(String type) {
        return Optional.ofNullable(SHAPES.get(type));
    }

    /** An ARN for a type without a known shape: the service from the type name, the name as the resource. */
    static String genericArnPattern(String type) {
        String[] parts = type.split("::");
        String service = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
        String kind = parts.length > 2 ? parts[2].toLowerCase(Locale.ROOT) : "resource";
        return "arn:{p}:" + service + ":{r}:{a}:" + kind + "/{name}";
    }

    /** A stand-in id of the form the service uses, for types whose Ref returns a generated id. */
    static String placeholderId(String type, String logicalId) {
        return switch (type) {
            case "AWS::KMS::Key", "AWS::KMS::ReplicaKey" -> KEY_ID;
            case "AWS::EFS::FileSystem" -> "fs-0123456789abcdef0";
            case "AWS::EC2::VPCEndpoint" -> "vpce-0123456789abcdef0";
            case "AWS::AppSync::GraphQLApi" -> "abcdefghijklmnopqrstuvwxyz";
            case "AWS::ApiGateway::RestApi", "AWS::Serverless::Api", "AWS::Serverless::HttpApi" -> "a1b2c3d4e5";
            case "AWS::Cognito::UserPool" -> "us-east-1_AbCdEfGhI";
            case "AWS::Organizations::Policy" -> "p-examplepolicyid";
            default -> physicalName(logicalId);
        };
    }

    /** The name CloudFormation would generate, simplified: the logical id in lower case. */
    static String physicalName(String logicalId) {
        return logicalId.toLowerCase(Locale.ROOT);
    }
}
