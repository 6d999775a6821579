package io.iamgate.analyze.local;

import io.iamgate.analyze.local.condition.InvalidConditionOperatorCheck;
import io.iamgate.analyze.local.condition.InvalidConditionKeyFormatCheck;
import io.iamgate.analyze.local.condition.InvalidConditionDataTypeCheck;
import io.iamgate.analyze.local.condition.InvalidConditionMultipleBooleanCheck;
import io.iamgate.analyze.local.condition.DuplicateKeysWithDifferentCaseCheck;
import io.iamgate.analyze.local.condition.NullWithIfExistsCheck;
import io.iamgate.analyze.local.condition.NullWithQualifierCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionForAllValuesCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionForAnyValueCheck;
import io.iamgate.analyze.local.condition.EmptyArrayConditionIfExistsCheck;
import io.iamgate.analyze.local.condition.EmptyObjectConditionCheck;
import io.iamgate.analyze.local.condition.wildcard.EquivalentToNullFalseCheck;
import io.iamgate.analyze.local.condition.wildcard.EquivalentToNullTrueCheck;
import io.iamgate.analyze.local.condition.wildcard.RedundantKeyDueToWildcardInConditionCheck;
import io.iamgate.analyze.local.condition.wildcard.RedundantStatementDueToWildcardInConditionCheck;
import io.iamgate.analyze.local.condition.wildcard.WildcardWithoutLikeOperatorCheck;
import io.iamgate.analyze.local.condition.wildcard.InvalidVariableForOperatorCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchBooleanCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchNumberCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchDateCheck;
import io.iamgate.analyze.local.condition.value.InvalidDateValueCheck;
import io.iamgate.analyze.local.condition.value.TypeMismatchStringCheck;
import io.iamgate.analyze.local.condition.value.RedundantConditionValueNumCheck;
import io.iamgate.analyze.local.condition.global.InvalidGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.DeprecatedGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.UnsupportedGlobalConditionKeyCheck;
import io.iamgate.analyze.local.condition.global.InvalidRegionCheck;
import io.iamgate.analyze.local.condition.ip.TypeMismatchIpRangeCheck;
import io.iamgate.analyze.local.condition.ip.ImproveIpRangeCheck;
import io.iamgate.analyze.local.condition.ip.PrivateIpAddressCheck;
import io.iamgate.analyze.local.condition.ip.PrivateNotIpAddressCheck;
import io.iamgate.analyze.local.condition.ip.PrivateIpAddressSubsetCheck;
import io.iamgate.analyze.local.condition.ip.PrivateNotIpAddressSubsetCheck;
import io.iamgate.analyze.local.condition.key.InvalidVpcFormatCheck;
import io.iamgate.analyze.local.condition.key.InvalidVpceFormatCheck;
import io.iamgate.analyze.local.condition.key.MissingTagKeyInConditionCheck;
import io.iamgate.analyze.local.condition.key.ConfirmAudienceClaimTypeCheck;
import io.iamgate.analyze.local.condition.key.ForAnyValueWithAudienceClaimTypeCheck;
import io.iamgate.analyze.local.condition.key.UntrustworthyConditionKeyCheck;
import io.iamgate.analyze.local.condition.key.MissingPairedConditionKeysCheck;
import io.iamgate.analyze.local.condition.key.WildcardUsageTooPermissiveCheck;
import io.iamgate.analyze.local.condition.key.VariableUsageTooPermissiveCheck;
import io.iamgate.analyze.local.condition.key.InvalidKmsKeyValueCheck;
import io.iamgate.analyze.local.condition.key.S3PrefixInNegativeContextCheck;
import io.iamgate.analyze.local.condition.key.DynamoDbAttributesWithoutSelectCheck;
import io.iamgate.analyze.local.condition.key.IrrelevantConditionKeyInPolicyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingRelatedPrincipalConditionKeyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingRelatedServicePrincipalConditionKeyCheck;
import io.iamgate.analyze.local.condition.rcp.RcpMissingServiceConditionKeyNullCheckCheck;
import io.iamgate.analyze.local.grammar.DataTypeMismatchCheck;
import io.iamgate.analyze.local.grammar.InvalidEffectCheck;
import io.iamgate.analyze.local.grammar.InvalidPolicyElementCheck;
import io.iamgate.analyze.local.grammar.InvalidVersionCheck;
import io.iamgate.analyze.local.grammar.MissingActionCheck;
import io.iamgate.analyze.local.grammar.MissingEffectCheck;
import io.iamgate.analyze.local.grammar.MissingResourceCheck;
import io.iamgate.analyze.local.grammar.MissingStatementCheck;
import io.iamgate.analyze.local.grammar.MissingVersionCheck;
import io.iamgate.analyze.local.statement.EmptyArrayActionCheck;
import io.iamgate.analyze.local.statement.EmptyArrayResourceCheck;
import io.iamgate.analyze.local.statement.EmptySidValueCheck;
import io.iamgate.analyze.local.statement.InvalidArnPrefixCheck;
import io.iamgate.analyze.local.statement.RedundantStatementCheck;
import io.iamgate.analyze.local.statement.UniqueSidsRecommendedCheck;
import io.iamgate.analyze.local.statement.UniqueSidsRequiredCheck;
import io.iamgate.analyze.local.statement.UnsupportedElementCombinationCheck;
import io.iamgate.analyze.local.statement.UnsupportedSidCheck;
import io.iamgate.analyze.local.statement.WildcardInServiceNameCheck;
import io.iamgate.analyze.local.principal.AllowWithNotPrincipalCheck;
import io.iamgate.analyze.local.principal.EmptyArrayPrincipalCheck;
import io.iamgate.analyze.local.principal.EmptyObjectPrincipalCheck;
import io.iamgate.analyze.local.principal.FederatedPrincipalNotSupportedCheck;
import io.iamgate.analyze.local.principal.InvalidPrincipalFormatCheck;
import io.iamgate.analyze.local.principal.InvalidPrincipalKeyCheck;
import io.iamgate.analyze.local.principal.InvalidRoleReferenceCheck;
import io.iamgate.analyze.local.principal.InvalidServicePrincipalFormatCheck;
import io.iamgate.analyze.local.principal.InvalidUserReferenceCheck;
import io.iamgate.analyze.local.principal.MissingPrincipalCheck;
import io.iamgate.analyze.local.principal.RecommendedConditionKeyForServicePrincipalCheck;
import io.iamgate.analyze.local.principal.RedundantPrincipalInRoleTrustPolicyCheck;
import io.iamgate.analyze.local.principal.RestrictAccessToServicePrincipalCheck;
import io.iamgate.analyze.local.principal.UnsupportedPrincipalCheck;
import io.iamgate.analyze.local.principal.UnsupportedWildcardInPrincipalCheck;
import io.iamgate.analyze.local.trust.InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck;
import io.iamgate.analyze.local.trust.MismatchedActionForPrincipalCheck;
import io.iamgate.analyze.local.trust.MissingActionForRolesAnywhereTrustPolicyCheck;
import io.iamgate.analyze.local.trust.MissingConditionKeyForOidcPrincipalCheck;
import io.iamgate.analyze.local.trust.MissingGithubRepoConditionKeyCheck;
import io.iamgate.analyze.local.trust.RoleTrustPolicySyntaxErrorNotPrincipalCheck;
import io.iamgate.analyze.local.trust.RoleTrustPolicySyntaxErrorResourceCheck;
import io.iamgate.analyze.local.trust.RoleTrustPolicyUnsupportedWildcardInPrincipalCheck;
import io.iamgate.analyze.local.trust.SpecificGithubRepoAndBranchRecommendedCheck;
import io.iamgate.analyze.local.org.RcpSyntaxErrorAllowCheck;
import io.iamgate.analyze.local.org.RcpSyntaxErrorNotActionCheck;
import io.iamgate.analyze.local.org.RcpSyntaxErrorPrincipalCheck;
import io.iamgate.analyze.local.org.ScpSyntaxErrorPrincipalCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithNotActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithNotResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInActionAndResourceCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInResourceAndNotActionCheck;
import io.iamgate.analyze.local.passrole.CreateSlrWithStarInResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithNotActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithNotResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInActionAndNotResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInActionAndResourceCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInResourceAndNotActionCheck;
import io.iamgate.analyze.local.passrole.PassRoleWithStarInResourceCheck;
import io.iamgate.analyze.local.variable.EmptyVariableCheck;
import io.iamgate.analyze.local.variable.MissingBraceInVariableCheck;
import io.iamgate.analyze.local.variable.MissingQuoteInVariableCheck;
import io.iamgate.analyze.local.variable.UnsupportedSpaceInVariableCheck;
import io.iamgate.analyze.local.variable.VariableUnsupportedInElementCheck;
import io.iamgate.analyze.local.variable.VariableUnsupportedInVersionCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsIdentityPolicyQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsRcpQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsResourcePolicyQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsRoleTrustPolicyQuotaCheck;
import io.iamgate.analyze.local.size.PolicySizeExceedsScpQuotaCheck;
import io.iamgate.analyze.local.action.InvalidActionCheck;
import io.iamgate.analyze.local.action.InvalidServiceInActionCheck;
import io.iamgate.analyze.local.action.RcpSyntaxErrorActionCheck;
import io.iamgate.analyze.local.action.UnsupportedActionInPolicyCheck;
import io.iamgate.analyze.local.action.UnsupportedResourceArnInPolicyCheck;
import io.iamgate.analyze.local.arn.ArnAccountNotAllowedCheck;
import io.iamgate.analyze.local.arn.ArnRegionNotAllowedCheck;
import io.iamgate.analyze.local.arn.InvalidArnAccountCheck;
import io.iamgate.analyze.local.arn.InvalidArnRegionCheck;
import io.iamgate.analyze.local.arn.InvalidArnServiceCaseCheck;
import io.iamgate.analyze.local.arn.InvalidPartitionCheck;
import io.iamgate.analyze.local.arn.MissingArnAccountCheck;
import io.iamgate.analyze.local.arn.MissingArnFieldCheck;
import io.iamgate.analyze.local.arn.MissingArnRegionCheck;
import io.iamgate.analyze.local.redundancy.RedundantActionCheck;
import io.iamgate.analyze.local.redundancy.RedundantResourceCheck;
import io.iamgate.analyze.local.servicekey.AllowNotActionWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.AllowWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.DenyNotActionWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.DenyWithUnsupportedTagConditionKeyForServiceCheck;
import io.iamgate.analyze.local.servicekey.ForAllValuesWithSingleValuedKeyCheck;
import io.iamgate.analyze.local.servicekey.InvalidServiceCheck;
import io.iamgate.analyze.local.servicekey.InvalidServiceConditionKeyCheck;
import io.iamgate.analyze.local.servicekey.MissingQualifierCheck;
import io.iamgate.analyze.local.servicekey.StringLikeOperatorWithArnConditionKeysCheck;
import io.iamgate.analyze.local.servicekey.TypeMismatchCheck;
import io.iamgate.analyze.local.servicekey.UnsupportedActionForConditionKeyCheck;
import io.iamgate.analyze.local.servicekey.UseConditionKeyOnlyWithSupportedServicesCheck;
import java.util.List;

/** The catalogue of offline checks: every check the local analyzer runs is listed here, once. */
public final class LocalChecks {

    private LocalChecks() {
    }

    public static List<PolicyCheck> all() {
        return List.of(
                // grammar: the shape of the document and its statements
                new DataTypeMismatchCheck(),
                new InvalidPolicyElementCheck(),
                new MissingVersionCheck(),
                new InvalidVersionCheck(),
                new MissingStatementCheck(),
                new MissingEffectCheck(),
                new InvalidEffectCheck(),
                new MissingActionCheck(),
                new MissingResourceCheck(),
                // statement: Sids, empty and redundant elements, ARN prefixes, wildcards in service names
                new EmptyArrayActionCheck(),
                new EmptyArrayResourceCheck(),
                new EmptySidValueCheck(),
                new InvalidArnPrefixCheck(),
                new RedundantStatementCheck(),
                new UniqueSidsRecommendedCheck(),
                new UniqueSidsRequiredCheck(),
                new UnsupportedElementCombinationCheck(),
                new UnsupportedSidCheck(),
                new WildcardInServiceNameCheck(),
                // principals: where they may appear and how they are written
                new AllowWithNotPrincipalCheck(),
                new EmptyArrayPrincipalCheck(),
                new EmptyObjectPrincipalCheck(),
                new FederatedPrincipalNotSupportedCheck(),
                new InvalidPrincipalFormatCheck(),
                new InvalidPrincipalKeyCheck(),
                new InvalidRoleReferenceCheck(),
                new InvalidServicePrincipalFormatCheck(),
                new InvalidUserReferenceCheck(),
                new MissingPrincipalCheck(),
                new RecommendedConditionKeyForServicePrincipalCheck(),
                new RedundantPrincipalInRoleTrustPolicyCheck(),
                new RestrictAccessToServicePrincipalCheck(),
                new UnsupportedPrincipalCheck(),
                new UnsupportedWildcardInPrincipalCheck(),
                // role trust policies
                new InvalidFederatedPrincipalSyntaxInRoleTrustPolicyCheck(),
                new MismatchedActionForPrincipalCheck(),
                new MissingActionForRolesAnywhereTrustPolicyCheck(),
                new MissingConditionKeyForOidcPrincipalCheck(),
                new MissingGithubRepoConditionKeyCheck(),
                new RoleTrustPolicySyntaxErrorNotPrincipalCheck(),
                new RoleTrustPolicySyntaxErrorResourceCheck(),
                new RoleTrustPolicyUnsupportedWildcardInPrincipalCheck(),
                new SpecificGithubRepoAndBranchRecommendedCheck(),
                // SCPs and RCPs. Retired, not implemented: SCP_SYNTAX_ERROR_ACTION_WILDCARD and
                // SCP_SYNTAX_ERROR_ALLOW_CONDITION/_ALLOW_NOTACTION/_ALLOW_RESOURCE/_NOTRESOURCE (SCPs take the
                // full IAM policy language since 2025-09-19)
                new RcpSyntaxErrorAllowCheck(),
                new RcpSyntaxErrorNotActionCheck(),
                new RcpSyntaxErrorPrincipalCheck(),
                new ScpSyntaxErrorPrincipalCheck(),
                // iam:PassRole and iam:CreateServiceLinkedRole granted too broadly
                new CreateSlrWithNotActionAndNotResourceCheck(),
                new CreateSlrWithNotResourceCheck(),
                new CreateSlrWithStarInActionAndNotResourceCheck(),
                new CreateSlrWithStarInActionAndResourceCheck(),
                new CreateSlrWithStarInResourceAndNotActionCheck(),
                new CreateSlrWithStarInResourceCheck(),
                new PassRoleWithNotActionAndNotResourceCheck(),
                new PassRoleWithNotResourceCheck(),
                new PassRoleWithStarInActionAndNotResourceCheck(),
                new PassRoleWithStarInActionAndResourceCheck(),
                new PassRoleWithStarInResourceAndNotActionCheck(),
                new PassRoleWithStarInResourceCheck(),
                // policy variables
                new EmptyVariableCheck(),
                new MissingBraceInVariableCheck(),
                new MissingQuoteInVariableCheck(),
                new UnsupportedSpaceInVariableCheck(),
                new VariableUnsupportedInElementCheck(),
                new VariableUnsupportedInVersionCheck(),
                // policy size quotas
                new PolicySizeExceedsIdentityPolicyQuotaCheck(),
                new PolicySizeExceedsRcpQuotaCheck(),
                new PolicySizeExceedsResourcePolicyQuotaCheck(),
                new PolicySizeExceedsRoleTrustPolicyQuotaCheck(),
                new PolicySizeExceedsScpQuotaCheck(),
                // conditions
                new InvalidConditionOperatorCheck(),
                new InvalidConditionKeyFormatCheck(),
                new InvalidConditionDataTypeCheck(),
                new InvalidConditionMultipleBooleanCheck(),
                new DuplicateKeysWithDifferentCaseCheck(),
                new NullWithIfExistsCheck(),
                new NullWithQualifierCheck(),
                new EmptyArrayConditionCheck(),
                new EmptyArrayConditionForAllValuesCheck(),
                new EmptyArrayConditionForAnyValueCheck(),
                new EmptyArrayConditionIfExistsCheck(),
                new EmptyObjectConditionCheck(),
                new EquivalentToNullFalseCheck(),
                new EquivalentToNullTrueCheck(),
                new RedundantKeyDueToWildcardInConditionCheck(),
                new RedundantStatementDueToWildcardInConditionCheck(),
                new WildcardWithoutLikeOperatorCheck(),
                new InvalidVariableForOperatorCheck(),
                new TypeMismatchBooleanCheck(),
                new TypeMismatchNumberCheck(),
                new TypeMismatchDateCheck(),
                new InvalidDateValueCheck(),
                new TypeMismatchStringCheck(),
                new RedundantConditionValueNumCheck(),
                new TypeMismatchIpRangeCheck(),
                new ImproveIpRangeCheck(),
                new PrivateIpAddressCheck(),
                new PrivateNotIpAddressCheck(),
                new PrivateIpAddressSubsetCheck(),
                new PrivateNotIpAddressSubsetCheck(),
                new InvalidVpcFormatCheck(),
                new InvalidVpceFormatCheck(),
                new MissingTagKeyInConditionCheck(),
                new ConfirmAudienceClaimTypeCheck(),
                new ForAnyValueWithAudienceClaimTypeCheck(),
                new UntrustworthyConditionKeyCheck(),
                new MissingPairedConditionKeysCheck(),
                new WildcardUsageTooPermissiveCheck(),
                new VariableUsageTooPermissiveCheck(),
                new InvalidKmsKeyValueCheck(),
                new S3PrefixInNegativeContextCheck(),
                new DynamoDbAttributesWithoutSelectCheck(),
                new IrrelevantConditionKeyInPolicyCheck(),
                new RcpMissingRelatedPrincipalConditionKeyCheck(),
                new RcpMissingRelatedServicePrincipalConditionKeyCheck(),
                new InvalidGlobalConditionKeyCheck(),
                new DeprecatedGlobalConditionKeyCheck(),
                new UnsupportedGlobalConditionKeyCheck(),
                new InvalidRegionCheck(),
                new RcpMissingServiceConditionKeyNullCheckCheck(),
                // reference: checks that need the IAM service reference (actions, ARN formats, condition keys)
                new InvalidServiceInActionCheck(),
                new InvalidActionCheck(),
                new RcpSyntaxErrorActionCheck(),
                new UnsupportedActionInPolicyCheck(),
                new UnsupportedResourceArnInPolicyCheck(),
                new MissingArnFieldCheck(),
                new InvalidArnServiceCaseCheck(),
                new InvalidPartitionCheck(),
                new ArnRegionNotAllowedCheck(),
                new ArnAccountNotAllowedCheck(),
                new InvalidArnRegionCheck(),
                new InvalidArnAccountCheck(),
                new MissingArnRegionCheck(),
                new MissingArnAccountCheck(),
                new InvalidServiceCheck(),
                new InvalidServiceConditionKeyCheck(),
                new MissingQualifierCheck(),
                new ForAllValuesWithSingleValuedKeyCheck(),
                new TypeMismatchCheck(),
                new StringLikeOperatorWithArnConditionKeysCheck(),
                new AllowWithUnsupportedTagConditionKeyForServiceCheck(),
                new AllowNotActionWithUnsupportedTagConditionKeyForServiceCheck(),
                new DenyWithUnsupportedTagConditionKeyForServiceCheck(),
                new DenyNotActionWithUnsupportedTagConditionKeyForServiceCheck(),
                new UnsupportedActionForConditionKeyCheck(),
                new UseConditionKeyOnlyWithSupportedServicesCheck(),
                new RedundantActionCheck(),
                new RedundantResourceCheck());
    }

    public static LocalAnalyzer analyzer() {
        return new LocalAnalyzer(all());
    }

    /**
     * The offline analyzer for a run: the catalogue, plus the offline counterparts of the custom policy
     * checks when the configuration names any (aws.customChecks; they run with or without --aws).
     */
    public static io.iamgate.analyze.Analyzer analyzer(io.iamgate.config.RunConfig config) {
        io.iamgate.analyze.aws.AwsSettings.CustomChecks custom = config.aws().customChecks();
        java.util.List<PolicyCheck> checks = new java.util.ArrayList<>(all());
        if (!custom.actionsNotGranted().isEmpty() || !custom.resourcesNotGranted().isEmpty()) {
            checks.add(new io.iamgate.analyze.local.custom.AccessNotGrantedCheck(custom.actionsNotGranted(),
                    custom.resourcesNotGranted()));
        }
        if (custom.noPublicAccess()) {
            checks.add(new io.iamgate.analyze.local.custom.NoPublicAccessCheck());
        }
        var references = new io.iamgate.analyze.local.custom.ReferencePolicies(config.workingDirectory(), custom);
        LocalAnalyzer local = new LocalAnalyzer(checks);
        if (!references.configured()) {
            return local;
        }
        return new io.iamgate.analyze.local.custom.CustomChecksAnalyzer(local, references,
                io.iamgate.reference.IamReference.bundled());
    }
}
