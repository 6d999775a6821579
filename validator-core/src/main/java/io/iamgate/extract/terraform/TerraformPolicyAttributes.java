package io.iamgate.extract.terraform;

import io.iamgate.model.PolicyType;
import java.util.List;
import java.util.Map;

/**
 * The attributes of AWS provider resources that hold a policy as a JSON string, the kind of policy and the
 * validatePolicyResourceType Access Analyzer supports for it. permissions_boundary and policy ARNs are
 * references, not policies. aws_lambda_permission and aws_organizations_policy are handled on their own.
 */
final class TerraformPolicyAttributes {

    /** @param path attribute path; {@code block[*].attr} steps into every element of a nested block list */
    record Spec(String path, PolicyType type, String validateType) {}

    private static final PolicyType ID = PolicyType.IDENTITY_POLICY;
    private static final PolicyType RES = PolicyType.RESOURCE_POLICY;
    private static final String BUCKET = "AWS::S3::Bucket";

    private static final Map<String, List<Spec>> SPECS = Map.ofEntries(
            Map.entry("aws_iam_policy", List.of(new Spec("policy", ID, null))),
            Map.entry(
                    "aws_iam_role",
                    List.of(
                            new Spec("assume_role_policy", PolicyType.TRUST_POLICY, null),
                            new Spec("inline_policy[*].policy", ID, null))),
            Map.entry("aws_iam_role_policy", List.of(new Spec("policy", ID, null))),
            Map.entry("aws_iam_user_policy", List.of(new Spec("policy", ID, null))),
            Map.entry("aws_iam_group_policy", List.of(new Spec("policy", ID, null))),
            Map.entry("aws_ssoadmin_permission_set_inline_policy", List.of(new Spec("inline_policy", ID, null))),
            Map.entry("aws_s3_bucket", List.of(new Spec("policy", RES, BUCKET))),
            Map.entry("aws_s3_bucket_policy", List.of(new Spec("policy", RES, BUCKET))),
            Map.entry("aws_s3_access_point", List.of(new Spec("policy", RES, "AWS::S3::AccessPoint"))),
            Map.entry("aws_s3control_access_point_policy", List.of(new Spec("policy", RES, "AWS::S3::AccessPoint"))),
            Map.entry(
                    "aws_s3control_multi_region_access_point_policy",
                    List.of(new Spec("details[*].policy", RES, "AWS::S3::MultiRegionAccessPoint"))),
            Map.entry(
                    "aws_s3control_object_lambda_access_point_policy",
                    List.of(new Spec("policy", RES, "AWS::S3ObjectLambda::AccessPoint"))),
            Map.entry("aws_s3control_bucket_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_s3tables_table_bucket_policy", List.of(new Spec("resource_policy", RES, null))),
            Map.entry("aws_s3tables_table_policy", List.of(new Spec("resource_policy", RES, null))),
            Map.entry("aws_sqs_queue", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_sqs_queue_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_sns_topic", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_sns_topic_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_kms_key", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_kms_replica_key", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_kms_external_key", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_ecr_repository_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_ecr_registry_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_ecrpublic_repository_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_secretsmanager_secret", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_secretsmanager_secret_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_cloudwatch_log_resource_policy", List.of(new Spec("policy_document", RES, null))),
            Map.entry("aws_cloudwatch_log_destination_policy", List.of(new Spec("access_policy", RES, null))),
            Map.entry("aws_cloudwatch_event_bus_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_glacier_vault", List.of(new Spec("access_policy", RES, null))),
            Map.entry("aws_glacier_vault_lock", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_efs_file_system_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_opensearch_domain", List.of(new Spec("access_policies", RES, null))),
            Map.entry("aws_opensearch_domain_policy", List.of(new Spec("access_policies", RES, null))),
            Map.entry("aws_elasticsearch_domain", List.of(new Spec("access_policies", RES, null))),
            Map.entry("aws_elasticsearch_domain_policy", List.of(new Spec("access_policies", RES, null))),
            Map.entry("aws_dynamodb_resource_policy", List.of(new Spec("policy", RES, "AWS::DynamoDB::Table"))),
            Map.entry("aws_backup_vault_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_codeartifact_domain_permissions_policy", List.of(new Spec("policy_document", RES, null))),
            Map.entry(
                    "aws_codeartifact_repository_permissions_policy", List.of(new Spec("policy_document", RES, null))),
            Map.entry("aws_api_gateway_rest_api", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_api_gateway_rest_api_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_kinesis_resource_policy", List.of(new Spec("policy", RES, null))),
            Map.entry("aws_vpc_endpoint", List.of(new Spec("policy", RES, PolicyType.VPC_ENDPOINT))),
            Map.entry("aws_vpc_endpoint_policy", List.of(new Spec("policy", RES, PolicyType.VPC_ENDPOINT))));

    private TerraformPolicyAttributes() {}

    static List<Spec> of(String type) {
        return SPECS.getOrDefault(type, List.of());
    }
}
