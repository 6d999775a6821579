package io.iamgate.extract.cloudformation;

import io.iamgate.model.PolicyType;
import java.util.List;
import java.util.Map;

/**
 * Where each policy-bearing CloudFormation resource type keeps its policies, what kind of policy each is and
 * the resource type: the validatePolicyResourceType Access Analyzer supports for it, or
 * {@link PolicyType#VPC_ENDPOINT}, which marks an endpoint policy (validated without one, never public).
 * Properties that hold an ARN or a reference to a managed policy (PermissionsBoundary, ManagedPolicyArns,
 * CustomerManagedPolicyReference) are not policies and are not listed.
 */
final class PolicyProperties {

    /** How the value at the path becomes a policy. */
    enum Kind {
        /** A policy document: an object, or a JSON string. */
        DOCUMENT,
        /** One statement (AWS::Events::EventBusPolicy): wrapped into a document. */
        STATEMENT,
        /** AWS::Lambda::Permission: the statement Lambda synthesises. */
        LAMBDA_PERMISSION,
        /** AWS::Lambda::LayerVersionPermission: likewise. */
        LAYER_PERMISSION,
        /** AWS::Organizations::Policy: an SCP or RCP by its Type; other organization policies are not IAM. */
        ORGANIZATIONS,
        /** SAM's Policies: only the elements that are policy documents (others name managed policies or templates). */
        INLINE_DOCUMENTS_ONLY
    }

    /**
     * @param path property path below Properties; {@code Name[*]} steps into every element of a list
     */
    record Spec(String path, PolicyType type, String validateType, Kind kind) {
        static Spec doc(String path, PolicyType type, String validateType) {
            return new Spec(path, type, validateType, Kind.DOCUMENT);
        }
    }

    private static final PolicyType ID = PolicyType.IDENTITY_POLICY;
    private static final PolicyType RES = PolicyType.RESOURCE_POLICY;

    private static final Map<String, List<Spec>> SPECS = Map.ofEntries(
            Map.entry(
                    "AWS::IAM::Role",
                    List.of(
                            Spec.doc("AssumeRolePolicyDocument", PolicyType.TRUST_POLICY, null),
                            Spec.doc("Policies[*].PolicyDocument", ID, null))),
            Map.entry("AWS::IAM::User", List.of(Spec.doc("Policies[*].PolicyDocument", ID, null))),
            Map.entry("AWS::IAM::Group", List.of(Spec.doc("Policies[*].PolicyDocument", ID, null))),
            Map.entry("AWS::IAM::Policy", List.of(Spec.doc("PolicyDocument", ID, null))),
            Map.entry("AWS::IAM::ManagedPolicy", List.of(Spec.doc("PolicyDocument", ID, null))),
            Map.entry("AWS::IAM::RolePolicy", List.of(Spec.doc("PolicyDocument", ID, null))),
            Map.entry("AWS::IAM::UserPolicy", List.of(Spec.doc("PolicyDocument", ID, null))),
            Map.entry("AWS::IAM::GroupPolicy", List.of(Spec.doc("PolicyDocument", ID, null))),
            Map.entry("AWS::SSO::PermissionSet", List.of(Spec.doc("InlinePolicy", ID, null))),
            Map.entry("AWS::S3::BucketPolicy", List.of(Spec.doc("PolicyDocument", RES, "AWS::S3::Bucket"))),
            Map.entry("AWS::S3::AccessPoint", List.of(Spec.doc("Policy", RES, "AWS::S3::AccessPoint"))),
            Map.entry(
                    "AWS::S3::MultiRegionAccessPointPolicy",
                    List.of(Spec.doc("Policy", RES, "AWS::S3::MultiRegionAccessPoint"))),
            Map.entry(
                    "AWS::S3ObjectLambda::AccessPointPolicy",
                    List.of(Spec.doc("PolicyDocument", RES, "AWS::S3ObjectLambda::AccessPoint"))),
            Map.entry("AWS::S3Express::BucketPolicy", List.of(Spec.doc("PolicyDocument", RES, null))),
            Map.entry("AWS::S3Express::AccessPoint", List.of(Spec.doc("Policy", RES, null))),
            Map.entry("AWS::S3Tables::TablePolicy", List.of(Spec.doc("ResourcePolicy", RES, null))),
            Map.entry("AWS::S3Tables::TableBucketPolicy", List.of(Spec.doc("ResourcePolicy", RES, null))),
            Map.entry("AWS::KMS::Key", List.of(Spec.doc("KeyPolicy", RES, null))),
            Map.entry("AWS::KMS::ReplicaKey", List.of(Spec.doc("KeyPolicy", RES, null))),
            Map.entry("AWS::SQS::QueuePolicy", List.of(Spec.doc("PolicyDocument", RES, null))),
            Map.entry("AWS::SQS::QueueInlinePolicy", List.of(Spec.doc("PolicyDocument", RES, null))),
            Map.entry("AWS::SNS::TopicPolicy", List.of(Spec.doc("PolicyDocument", RES, null))),
            Map.entry("AWS::SNS::TopicInlinePolicy", List.of(Spec.doc("PolicyDocument", RES, null))),
            Map.entry("AWS::Lambda::Permission", List.of(new Spec("", RES, null, Kind.LAMBDA_PERMISSION))),
            Map.entry("AWS::Lambda::LayerVersionPermission", List.of(new Spec("", RES, null, Kind.LAYER_PERMISSION))),
            Map.entry("AWS::SecretsManager::ResourcePolicy", List.of(Spec.doc("ResourcePolicy", RES, null))),
            Map.entry("AWS::ECR::Repository", List.of(Spec.doc("RepositoryPolicyText", RES, null))),
            Map.entry("AWS::ECR::RegistryPolicy", List.of(Spec.doc("PolicyText", RES, null))),
            Map.entry("AWS::Logs::ResourcePolicy", List.of(Spec.doc("PolicyDocument", RES, null))),
            Map.entry("AWS::Logs::Destination", List.of(Spec.doc("DestinationPolicy", RES, null))),
            Map.entry("AWS::Events::EventBusPolicy", List.of(new Spec("Statement", RES, null, Kind.STATEMENT))),
            Map.entry("AWS::Events::EventBus", List.of(Spec.doc("Policy", RES, null))),
            Map.entry("AWS::Backup::BackupVault", List.of(Spec.doc("AccessPolicy", RES, null))),
            Map.entry("AWS::CodeArtifact::Domain", List.of(Spec.doc("PermissionsPolicyDocument", RES, null))),
            Map.entry("AWS::CodeArtifact::Repository", List.of(Spec.doc("PermissionsPolicyDocument", RES, null))),
            Map.entry("AWS::ApiGateway::RestApi", List.of(Spec.doc("Policy", RES, null))),
            Map.entry("AWS::OpenSearchService::Domain", List.of(Spec.doc("AccessPolicies", RES, null))),
            Map.entry("AWS::Elasticsearch::Domain", List.of(Spec.doc("AccessPolicies", RES, null))),
            Map.entry("AWS::EFS::FileSystem", List.of(Spec.doc("FileSystemPolicy", RES, null))),
            Map.entry(
                    "AWS::DynamoDB::Table",
                    List.of(
                            Spec.doc("ResourcePolicy.PolicyDocument", RES, "AWS::DynamoDB::Table"),
                            Spec.doc("StreamSpecification.ResourcePolicy.PolicyDocument", RES, null))),
            Map.entry(
                    "AWS::DynamoDB::GlobalTable",
                    List.of(
                            Spec.doc("Replicas[*].ResourcePolicy.PolicyDocument", RES, "AWS::DynamoDB::Table"),
                            Spec.doc(
                                    "Replicas[*].ReplicaStreamSpecification.ResourcePolicy.PolicyDocument",
                                    RES,
                                    null))),
            Map.entry("AWS::Kinesis::ResourcePolicy", List.of(Spec.doc("ResourcePolicy", RES, null))),
            Map.entry("AWS::CloudTrail::ResourcePolicy", List.of(Spec.doc("ResourcePolicy", RES, null))),
            Map.entry(PolicyType.VPC_ENDPOINT, List.of(Spec.doc("PolicyDocument", RES, PolicyType.VPC_ENDPOINT))),
            Map.entry(
                    "AWS::Serverless::Function",
                    List.of(
                            Spec.doc("AssumeRolePolicyDocument", PolicyType.TRUST_POLICY, null),
                            new Spec("Policies[*]", ID, null, Kind.INLINE_DOCUMENTS_ONLY),
                            new Spec("Policies", ID, null, Kind.INLINE_DOCUMENTS_ONLY))),
            Map.entry(
                    "AWS::Serverless::StateMachine",
                    List.of(
                            new Spec("Policies[*]", ID, null, Kind.INLINE_DOCUMENTS_ONLY),
                            new Spec("Policies", ID, null, Kind.INLINE_DOCUMENTS_ONLY))),
            Map.entry(
                    "AWS::Organizations::Policy",
                    List.of(new Spec("Content", PolicyType.SERVICE_CONTROL_POLICY, null, Kind.ORGANIZATIONS))));

    private PolicyProperties() {}

    static List<Spec> of(String resourceType) {
        return SPECS.getOrDefault(resourceType, List.of());
    }
}
