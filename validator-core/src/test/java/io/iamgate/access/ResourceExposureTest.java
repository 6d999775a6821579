package io.iamgate.access;

import static io.iamgate.access.EffectivePermissionsTest.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.reference.IamReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceExposureTest {

    private static final IamReference REFERENCE = IamReference.bundled();
    private static final ResourceExposure EXPOSURE = ResourceExposure.of(REFERENCE);

    private static List<String> granted(String json) {
        return EXPOSURE.grantedOnEveryResource(
                EffectivePermissions.of(REFERENCE, List.of(policy("p", json)), Optional.empty()));
    }

    private static String allow(String action) {
        return """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "%s", "Resource": "*"}]}
                """.formatted(action);
    }

    /** The 43 actions of the built-in pack's hand-made list are all still exposure. */
    @Test
    void everyActionOfTheBuiltinPacksListIsStillExposure() throws IOException {
        List<String> before = regoList();
        assertFalse(before.isEmpty());
        List<String> lost = before.stream().filter(a -> !EXPOSURE.contains(a)).toList();
        assertTrue(lost.isEmpty(), "no longer exposure: " + lost);
        assertTrue(EXPOSURE.names().size() > before.size());
    }

    /** A newly covered service: its sharing or resource-policy write is exposure; its read is not. */
    @ParameterizedTest(name = "{0} is exposure, {1} is not")
    @CsvSource({
        "acm-pca:PutPolicy, acm-pca:GetPolicy",
        "acm-pca:CreatePermission, acm-pca:ListPermissions",
        "imagebuilder:PutImagePolicy, imagebuilder:GetImagePolicy",
        "ses:PutIdentityPolicy, ses:GetIdentityPolicies",
        "ses:CreateEmailIdentityPolicy, ses:GetEmailIdentityPolicies",
        "ssm:ModifyDocumentPermission, ssm:DescribeDocumentPermission",
        "vpc-lattice:PutAuthPolicy, vpc-lattice:GetAuthPolicy",
        "vpc-lattice:PutResourcePolicy, vpc-lattice:GetResourcePolicy",
        "s3tables:PutTablePolicy, s3tables:GetTablePolicy",
        "s3tables:PutTableBucketPolicy, s3tables:GetTableBucketPolicy",
        "servicecatalog:CreatePortfolioShare, servicecatalog:DescribePortfolioShares",
        "fsx:ManageBackupPrincipalAssociations, fsx:DescribeBackups",
        "fsx:PutResourcePolicy, fsx:GetResourcePolicy",
        "backup:PutBackupVaultSharingPolicy, backup:GetBackupVaultAccessPolicy",
        "ecr:PutRegistryPolicy, ecr:GetRegistryPolicy",
        "ec2:ModifyVpcEndpointServicePermissions, ec2:DescribeVpcEndpointServicePermissions",
        "ec2:DisableSnapshotBlockPublicAccess, ec2:EnableSnapshotBlockPublicAccess",
        "lakeformation:GrantPermissions, lakeformation:ListPermissions",
        "redshift:AuthorizeDataShare, redshift:DescribeDataShares",
        "ram:EnableSharingWithAwsOrganization, ram:GetResourceShares",
        "ds:ShareDirectory, ds:DescribeSharedDirectories",
        "sagemaker:PutModelPackageGroupPolicy, sagemaker:GetModelPackageGroupPolicy",
        "signer:AddProfilePermission, signer:ListProfilePermissions",
        "ssm:PutResourcePolicy, ssm:GetResourcePolicies",
        "cloudsearch:UpdateServiceAccessPolicies, cloudsearch:DescribeServiceAccessPolicies",
    })
    void aWriteThatSharesIsExposureAndItsReadIsNot(String write, String read) {
        assertEquals(List.of(write), granted(allow(write)));
        assertEquals(List.of(), granted(allow(read)));
    }

    @Test
    void tokensThatCarryOnlyTheCallersPermissionsAreNotExposure() {
        for (String token : List.of(
                "ecr:GetAuthorizationToken",
                "codeartifact:GetAuthorizationToken",
                "sts:GetSessionToken",
                "ecr-public:GetAuthorizationToken")) {
            assertFalse(EXPOSURE.contains(token), token);
        }
    }

    @Test
    void removingAPolicyOrRevokingAGrantIsNotExposure() {
        for (String narrowing : List.of(
                "s3:DeleteBucketPolicy",
                "kms:RevokeGrant",
                "lambda:RemovePermission",
                "ram:DisassociateResourceShare",
                "ec2:EnableImageBlockPublicAccess")) {
            assertFalse(EXPOSURE.contains(narrowing), narrowing);
        }
    }

    @Test
    void identityPolicyWritesAreTheEscalationCataloguesNotExposure() {
        for (String identity : List.of(
                "iam:PutRolePolicy",
                "iam:AttachUserPolicy",
                "sso:PutPermissionsPolicy",
                "iot:AttachPolicy",
                "organizations:UpdatePolicy")) {
            assertFalse(EXPOSURE.contains(identity), identity);
        }
    }

    @Test
    void aSharingWriteOnOneResourceIsNotOnEveryResource() {
        assertEquals(List.of(), granted("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "acm-pca:PutPolicy",
                  "Resource": "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/0123abcd-0000-1111-2222-333344445555"}]}
                """));
    }

    @Test
    void aLimitingConditionDefusesExposure() {
        assertEquals(List.of(), granted("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3tables:PutTablePolicy",
                  "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}}]}
                """));
    }

    @Test
    void everyListedInclusionAndExclusionIsAnActionTheReferenceKnows() {
        Stream.concat(ResourceExposure.INCLUDED.keySet().stream(), ResourceExposure.EXCLUDED_ACTIONS.keySet().stream())
                .forEach(a -> assertTrue(REFERENCE.action(a).isPresent(), a));
        ResourceExposure.EXCLUDED_SERVICES
                .keySet()
                .forEach(s -> assertTrue(REFERENCE.service(s).isPresent(), s));
    }

    /** resource_exposure_actions of policies/builtin/sensitive_actions.rego, the pack's hand-made list. */
    static List<String> regoList() throws IOException {
        String rego = Files.readString(Path.of("..", "policies", "builtin", "sensitive_actions.rego"));
        Matcher block = Pattern.compile("resource_exposure_actions := \\[(.*?)]", Pattern.DOTALL)
                .matcher(rego);
        assertTrue(block.find(), "sensitive_actions.rego has no resource_exposure_actions");
        List<String> out = new ArrayList<>();
        Matcher item = Pattern.compile("\"([^\"]+)\"").matcher(block.group(1));
        while (item.find()) {
            out.add(item.group(1));
        }
        return out;
    }
}
